package com.hallkiosk.business.demo;

/** A generated unit and the index of its legal representative in the same population. */
public record DemoUnit(String creditCode, String name, long representativeIndex, boolean inArrears) {
}
