package com.hallkiosk.device.receipt;

/** A link that holds the printer's port open; closing it releases the port. */
public interface PrinterConnection extends PrinterLink, AutoCloseable {
    @Override
    void close();
}
