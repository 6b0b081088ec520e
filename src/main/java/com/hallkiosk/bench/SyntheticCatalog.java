package com.hallkiosk.bench;

import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Material;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.catalog.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large region made from the seed catalog's own text, for benchmarks: each generated item is a seed
 * item under a district's name, with materials drawn from every seed item. Deterministic per seed.
 */
public final class SyntheticCatalog {
    private static final List<String> DISTRICTS = List.of("铁东区", "铁西区", "立山区", "千山区", "新抚区", "东洲区",
            "望花区", "顺城区", "抚顺县", "清原县", "新宾县", "海城市", "历下区", "市中区", "槐荫区", "天桥区", "历城区",
            "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县");
    private static final int MIN_MATERIALS = 2;
    private static final int MAX_MATERIALS = 8;

    private SyntheticCatalog() {
    }

    /** One region holding every seed item and package as they are: the seed catalog as one index. */
    public static Region allSeeds(Catalog seeds) {
        List<Item> items = new ArrayList<>();
        seeds.regions().forEach(region -> items.addAll(region.items()));
        List<ServicePackage> packages = new ArrayList<>();
        seeds.regions().forEach(region -> packages.addAll(region.packages()));
        return new Region("all-seeds", "所有种子文档", List.of(), List.of(), List.of(), items, packages, List.of(),
                List.of());
    }

    public static Region generate(Catalog seeds, int itemCount, long seed) {
        List<Item> templates = allSeeds(seeds).items();
        List<Material> materials = templates.stream().flatMap(item -> item.materials().stream()).toList();
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            Item template = templates.get(random.nextInt(templates.size()));
            String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
            int materialCount = MIN_MATERIALS + random.nextInt(MAX_MATERIALS - MIN_MATERIALS + 1);
            List<Material> chosen = new ArrayList<>(materialCount);
            for (int m = 0; m < materialCount; m++) {
                chosen.add(materials.get(random.nextInt(materials.size())));
            }
            String number = Integer.toString(i + 1);
            items.add(new Item("synthetic-" + number, number, template.category(), district + template.name(),
                    null, template.conditions(), chosen, template.channels(), template.timeLimit(),
                    template.enquiry(), template.tips(), template.consultation(), template.phones(),
                    template.notes(), template.selfService(), List.of(), List.of(), List.of(),
                    new SourceRef("synthetic", number, template.name())));
        }
        return new Region("synthetic", "合成目录", List.of(), List.of(), List.of(), items, List.of(), List.of(),
                List.of());
    }
}
