package com.hallkiosk.business;

/** An insured unit (参保单位): its unified social credit code (统一社会信用代码) and name. */
public record Unit(String creditCode, String name) {
}
