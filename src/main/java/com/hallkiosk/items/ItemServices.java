package com.hallkiosk.items;

import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.journal.PersonKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What every item's controller runs on, shared by all items of a kiosk (wired in {@code com.hallkiosk.app}).
 *
 * @param worker         the session worker: the controller's state lives on it alone
 * @param centralCalls   where the blocking {@link com.hallkiosk.business.BusinessSystem} calls run, off the worker
 * @param centralDeadline how long the kiosk waits for the central before it sends the person to a window
 * @param printDeadline  how long it waits for the receipt printer's outcome on top of the port's own timeout
 * @param pinPad         where PINs are typed: the serial PIN pad or the on-screen keypad; empty: no PIN items
 * @param documents      the A4 printer; empty on a terminal without one (certificates then go by verification code)
 * @param pinTimeout     how long one PIN entry may take
 */
public record ItemServices(Executor worker, Executor centralCalls, IdentityReaders readers, ReceiptPrinter printer,
                           KioskJournal journal, PersonKeys personKeys, TransactionNumbers numbers, Clock clock,
                           String kioskId, String hallName, Duration centralDeadline, Duration printDeadline,
                           Optional<PinPad> pinPad, Optional<DocumentPrinter> documents, Duration pinTimeout) {
}
