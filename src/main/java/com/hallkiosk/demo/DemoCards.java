package com.hallkiosk.demo;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.demo.DemoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo's cards: for each {@link DemoCase}, the first person of the demo population (in index order,
 * each person used once) who fits it, with the ID card and the 社保卡 that match the central's record of
 * them. Made from the same population the demo's central loads (same seed, size and as-of day), so the
 * same arguments give the same cards.
 */
public final class DemoCards {
    private final List<DemoCardHolder> holders;

    private DemoCards(List<DemoCardHolder> holders) {
        this.holders = List.copyOf(holders);
    }

    /** @throws IllegalStateException when the population has nobody for some case (too small a population) */
    public static DemoCards of(DemoPopulation population) {
        Set<Long> representatives = population.units().stream().map(DemoUnit::representativeIndex)
                .collect(Collectors.toSet());
        Map<DemoCase, DemoPerson> chosen = new EnumMap<>(DemoCase.class);
        try (Stream<DemoPerson> people = population.people()) {
            Iterator<DemoPerson> iterator = people.iterator();
            while (iterator.hasNext() && chosen.size() < DemoCase.values().length) {
                DemoPerson person = iterator.next();
                for (DemoCase demoCase : DemoCase.values()) {
                    if (!chosen.containsKey(demoCase) && demoCase.fits(person, representatives, population.asOf())) {
                        chosen.put(demoCase, person);
                        break;
                    }
                }
            }
        }
        List<DemoCardHolder> holders = new ArrayList<>();
        for (DemoCase demoCase : DemoCase.values()) {
            DemoPerson person = chosen.get(demoCase);
            if (person == null) {
                throw new IllegalStateException("the demo population of " + population.size()
                        + " people has nobody for the demo card '" + demoCase.key() + "'");
            }
            holders.add(new DemoCardHolder(demoCase, person, ResidentIdCards.of(person, population.asOf()),
                    SocialSecurityCards.of(person)));
        }
        return new DemoCards(holders);
    }

    /** In the order of the demo script. */
    public List<DemoCardHolder> all() {
        return holders;
    }

    public Optional<DemoCardHolder> byKey(String key) {
        return holders.stream().filter(holder -> holder.key().equals(key)).findFirst();
    }

    public DemoCardHolder get(DemoCase demoCase) {
        return holders.stream().filter(holder -> holder.demoCase() == demoCase).findFirst().orElseThrow();
    }

    public List<String> keys() {
        return holders.stream().map(DemoCardHolder::key).toList();
    }
}
