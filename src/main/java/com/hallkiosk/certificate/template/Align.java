package com.hallkiosk.certificate.template;

/** Where text sits in its cell or line. */
public enum Align {
    LEFT, CENTER, RIGHT
}
