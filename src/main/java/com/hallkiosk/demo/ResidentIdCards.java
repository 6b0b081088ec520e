package com.hallkiosk.demo;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.Person;
import com.hallkiosk.device.Nations;
import com.hallkiosk.device.idcard.IdCard;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The resident ID card (居民身份证) a demo person would carry: name, gender, birth date and number as the
 * central holds them; nation, address, issuing office and validity made up from the person's number, so
 * they are the same on every run. The validity follows the law's terms by age at issue (10 years under 26,
 * 20 years under 46, 长期 after) and always covers the as-of day. The photo is seeded noise, as the
 * emulator's scripted cards have (a real WLT photo needs the vendor's codec).
 */
final class ResidentIdCards {
    private static final int PHOTO_BYTES = 1024;
    private static final int LATEST_ISSUE_DAYS_BACK = 30;
    /** Under ten years back, so that a 10-year card issued then is still valid. */
    private static final int EARLIEST_ISSUE_DAYS_BACK = 3_600;
    private static final Map<String, District> DISTRICTS = Map.of(
            "210303", new District("鞍山市", "铁西区"),
            "210304", new District("鞍山市", "立山区"),
            "210311", new District("鞍山市", "千山区"),
            "210403", new District("抚顺市", "东洲区"),
            "210404", new District("抚顺市", "望花区"),
            "210411", new District("抚顺市", "顺城区"),
            "210102", new District("沈阳市", "和平区"),
            "210202", new District("大连市", "中山区"));
    private static final String[] STREETS = {"人民路", "建设街", "胜利路", "解放路", "和平街", "新华路", "光明路", "友谊街"};

    private ResidentIdCards() {
    }

    static IdCard of(DemoPerson demoPerson, LocalDate asOf) {
        Person person = demoPerson.person();
        SplittableRandom random = randomFor(person);
        District district = district(person.idNumber());
        String address = "辽宁省" + district.city() + district.name() + STREETS[random.nextInt(STREETS.length)]
                + (1 + random.nextInt(200)) + "号" + (1 + random.nextInt(30)) + "栋" + (1 + random.nextInt(6)) + "单元"
                + (1 + random.nextInt(7)) + "0" + (1 + random.nextInt(4)) + "室";
        LocalDate validFrom = asOf.minusDays(LATEST_ISSUE_DAYS_BACK
                + random.nextInt(EARLIEST_ISSUE_DAYS_BACK - LATEST_ISSUE_DAYS_BACK));
        int ageAtIssue = Period.between(person.birthDate(), validFrom).getYears();
        Optional<LocalDate> validTo = ageAtIssue < 26 ? Optional.of(validFrom.plusYears(10))
                : ageAtIssue < 46 ? Optional.of(validFrom.plusYears(20)) : Optional.empty();
        byte[] photo = new byte[PHOTO_BYTES];
        new SplittableRandom(random.nextLong()).nextBytes(photo);
        return new IdCard(IdCard.Type.RESIDENT, person.name(), "", person.gender(), nation(person), person.birthDate(),
                address, person.idNumber(), district.city() + "公安局" + district.name().substring(0, 2) + "分局",
                validFrom, validTo, photo, Optional.empty());
    }

    /** Mostly 汉; one in eight 满, as Liaoning has many. The same code goes on the 社保卡. */
    static int nationCode(Person person) {
        return Math.floorMod(person.idNumber().hashCode(), 8) == 0 ? 11 : 1;
    }

    static String nation(Person person) {
        return Nations.byCode(nationCode(person)).orElseThrow();
    }

    /** The city's code (the first four digits of the person's district, then 00). */
    static String cityCode(String idNumber) {
        return idNumber.substring(0, 4) + "00";
    }

    private static District district(String idNumber) {
        District district = DISTRICTS.get(idNumber.substring(0, 6));
        if (district == null) {
            throw new IllegalStateException("the demo population uses a district the demo cards do not name: "
                    + idNumber.substring(0, 6));
        }
        return district;
    }

    /** String.hashCode is specified, so the seed is the same on every JVM. */
    private static SplittableRandom randomFor(Person person) {
        return new SplittableRandom(person.idNumber().hashCode() * 0x9E3779B97F4A7C15L);
    }

    private record District(String city, String name) {
    }
}
