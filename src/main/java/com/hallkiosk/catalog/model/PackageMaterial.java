package com.hallkiosk.catalog.model;

/** A material of a service package, with the sub-item it belongs to (null when not grouped). */
public record PackageMaterial(String subItem, String name) {
}
