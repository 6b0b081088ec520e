package com.hallkiosk.guide;

import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;

/** One service package (打包办) on its own page. */
public record PackagePage(ServicePackage servicePackage) implements Page {
    @Override
    public Place place() {
        return new Place.Package(servicePackage.id());
    }
}
