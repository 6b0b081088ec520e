package com.hallkiosk.business.demo;

import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.CertificationCycles;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.business.demo.DemoPerson.DemoEntitlement;
import com.hallkiosk.business.demo.DemoPerson.DemoPension;
import com.hallkiosk.business.demo.DemoPerson.DemoSeparation;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import com.hallkiosk.identity.Gender;
import com.hallkiosk.identity.IdNumbers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The central's demo population: {@code size} people and their units, generated from a seed and the day the
 * data is "as of". Person {@code i} depends only on (seed, size, asOf, i), so the same arguments give the
 * same people, any person can be made alone, and {@link #people()} streams them without holding them.
 *
 * <p>Identity numbers are unique by construction: the person's index is mapped one-to-one onto a slot
 * (birth day × sequence number), so no two people share one for populations up to {@link #MAX_SIZE}.
 * Card numbers are unique the same way. The regions are Liaoning districts other than the two the scripted
 * test cards use (210302, 210402), so a generated person never collides with an emulated card's holder.
 *
 * <p>Simplifications, all of them demo, not policy: retirement at 60 for men and 55 for women; a job changes
 * only at a new year; the base follows a national average that grows 12.5% a year from ¥230 in 1992;
 * pensions rise 3% each January; unemployment insurance from 1999 and work injury insurance from 2004.
 */
public final class DemoPopulation {
    /** The PIN of every generated card; demo data only, documented so a tester can use any card. */
    public static final String DEMO_PIN = "123456";
    public static final int DEFAULT_SIZE = 1_000;
    public static final long MAX_SIZE = 10_000_000L;

    private static final int SLOTS_PER_DAY = 500;
    private static final long SLOT_STRIDE = 7_368_787L;
    private static final long CARD_SPACE = 100_000_000L;
    private static final long CARD_STRIDE = 48_271_963L;
    private static final LocalDate FIRST_BIRTH_DAY = LocalDate.of(1950, 1, 1);
    private static final int FIRST_RECORD_YEAR = 1992;
    private static final String[] REGIONS = {"210303", "210304", "210311", "210403", "210404", "210411", "210102", "210202"};
    private static final String[] CITIES = {"鞍山", "鞍山", "鞍山", "抚顺", "抚顺", "抚顺", "沈阳", "大连"};
    private static final String CARD_LETTERS = "ABCEFGHJ";
    private static final String[] BANKS = {"中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行"};
    /** A debit-card BIN of each bank above, for the card's financial account number. */
    private static final String[] BANK_BINS = {"621226", "622848", "621661", "621700", "622262", "621799"};
    private static final long ACCOUNT_SPACE = 1_000_000_000_000L;
    private static final long ACCOUNT_STRIDE = 387_420_489L;
    private static final String[] FIRM_WORDS = {"鑫达", "恒通", "华信", "宏远", "金桥", "泰和", "瑞丰", "东方", "博远", "振兴"};
    private static final String[] FIRM_TRADES = {"机械制造", "商贸", "建筑工程", "物流", "餐饮管理", "电子科技", "纺织", "物业服务"};
    private static final String[] OCCUPATIONS = {"电工", "焊工", "育婴员", "保育员", "中式烹调师", "美发师", "车工", "钳工",
        "汽车维修工", "养老护理员", "健康管理师", "企业人力资源管理师", "电子商务师"};
    private static final String[] SUSPENSIONS = {"服刑期间暂停发放", "重复领取养老保险待遇", "违规退休"};

    private final long seed;
    private final long size;
    private final LocalDate asOf;
    private final long slotOffset;
    private final long cardOffset;

    public DemoPopulation(long seed, long size, LocalDate asOf) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a demo population has 1 to " + MAX_SIZE + " people");
        }
        this.seed = seed;
        this.size = size;
        this.asOf = asOf;
        SplittableRandom offsets = new SplittableRandom(seed);
        this.slotOffset = offsets.nextLong(MAX_SIZE);
        this.cardOffset = offsets.nextLong(CARD_SPACE);
    }

    public long seed() {
        return seed;
    }

    public long size() {
        return size;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Every person, in index order, made one at a time as the stream is read. */
    public Stream<DemoPerson> people() {
        return LongStream.range(0, size).mapToObj(this::person);
    }

    /** One unit per fifty people, at least twenty, so that units have colleagues and representatives. */
    public List<DemoUnit> units() {
        int count = unitCount();
        List<DemoUnit> units = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            units.add(unit(j));
        }
        return units;
    }

    public int unitCount() {
        return (int) Math.max(20, size / 50);
    }

    public DemoUnit unit(int j) {
        SplittableRandom random = randomFor(-1 - j);
        int region = random.nextInt(REGIONS.length);
        String name = CITIES[region] + FIRM_WORDS[random.nextInt(FIRM_WORDS.length)]
                + FIRM_TRADES[random.nextInt(FIRM_TRADES.length)] + "有限公司";
        String body = "91" + REGIONS[region] + String.format("%09d", (j * 7_919L + slotOffset) % 1_000_000_000L);
        return new DemoUnit(body + CreditCodes.checkCharacter(body), name, random.nextLong(size),
                random.nextDouble() < 0.05);
    }

    public DemoPerson person(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        SplittableRandom random = randomFor(index);
        boolean male = random.nextBoolean();
        long slot = Math.floorMod(index * SLOT_STRIDE + slotOffset, MAX_SIZE);
        LocalDate birth = FIRST_BIRTH_DAY.plusDays(slot / SLOTS_PER_DAY);
        int region = random.nextInt(REGIONS.length);
        String first17 = REGIONS[region] + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", (slot % SLOTS_PER_DAY) * 2 + (male ? 1 : 0));
        Person person = new Person(first17 + IdNumbers.checkDigit(first17), ChineseNames.draw(random),
                male ? Gender.MALE : Gender.FEMALE, birth);
        DemoCard card = card(index, region, birth, random);
        YearMonth retirement = YearMonth.from(birth.plusYears(male ? 60 : 55)).plusMonths(1);
        boolean contributes = random.nextDouble() >= 0.08 && birth.plusYears(18).isBefore(asOf);
        List<DemoYear> years = new ArrayList<>();
        Optional<DemoSeparation> separation = Optional.empty();
        if (contributes) {
            separation = contributionYears(random, birth, retirement, years);
        }
        Map<Insurance, Integer> starts = insuranceStarts(random, years);
        boolean retired = !retirement.isAfter(YearMonth.from(asOf));
        Optional<DemoPension> pension = Optional.empty();
        List<DemoEntitlement> entitlements = new ArrayList<>();
        if (retired && !years.isEmpty()) {
            if (random.nextDouble() < 0.9) {
                PensionStatus status = random.nextDouble() < 0.03 ? PensionStatus.SUSPENDED : PensionStatus.PAID;
                long initial = Math.round(years.get(years.size() - 1).monthlyBaseFen() * (0.35 + random.nextDouble() * 0.25));
                pension = Optional.of(new DemoPension(retirement, initial / 100 * 100, status));
                entitlements.add(entitlement(BenefitKind.EMPLOYEE_PENSION, random,
                        status == PensionStatus.SUSPENDED ? SUSPENSIONS[random.nextInt(SUSPENSIONS.length)] : null));
            } else {
                entitlements.add(entitlement(BenefitKind.PUBLIC_INSTITUTION_PENSION, random, null));
            }
        } else if (retired && random.nextDouble() < 0.7) {
            entitlements.add(entitlement(BenefitKind.RESIDENT_PENSION, random, null));
        }
        double other = random.nextDouble();
        if (other < 0.01) {
            entitlements.add(entitlement(BenefitKind.WORK_INJURY_LONG_TERM, random, null));
        } else if (other < 0.015) {
            entitlements.add(entitlement(BenefitKind.DEPENDANTS, random, null));
        } else if (other < 0.02) {
            entitlements.add(entitlement(BenefitKind.LAND_EXPROPRIATED_FARMERS, random, null));
        }
        List<SkillCertificate> skills = retired ? List.of() : skillCertificates(index, random);
        return new DemoPerson(index, person, card, List.copyOf(years), starts, pension, List.copyOf(entitlements),
                separation, skills);
    }

    private DemoCard card(long index, int region, LocalDate birth, SplittableRandom random) {
        String number = CARD_LETTERS.charAt(region) + String.format("%08d",
                Math.floorMod(index * CARD_STRIDE + cardOffset, CARD_SPACE));
        // Issued within the card's 10 years of validity: a demo card that has expired would show 已过有效期
        // on every item, whatever the tester meant to try with it.
        LocalDate earliest = max(max(birth.plusYears(16), LocalDate.of(2012, 1, 1)), asOf.minusYears(10).plusDays(30));
        LocalDate latest = asOf.minusDays(30);
        LocalDate issued = earliest.isBefore(latest) ? earliest.plusDays(random.nextLong(earliest.until(latest).toTotalMonths() * 30 + 1)) : latest;
        double draw = random.nextDouble();
        CardState state;
        LocalDate since;
        if (draw < 0.12) {
            state = CardState.SEALED;
            since = issued;
        } else if (draw < 0.90) {
            state = CardState.NORMAL;
            since = min(issued.plusDays(random.nextInt(60)), asOf);
        } else if (draw < 0.94) {
            state = CardState.TEMPORARILY_LOST;
            since = asOf.minusDays(random.nextInt(30));
        } else if (draw < 0.96) {
            state = CardState.FORMALLY_LOST;
            since = asOf.minusDays(random.nextInt(365));
        } else {
            state = CardState.CANCELLED;
            since = asOf.minusDays(random.nextInt(365));
        }
        since = max(since, issued);
        int tries = CardServices.PIN_TRY_LIMIT;
        if (state == CardState.NORMAL) {
            double pinDraw = random.nextDouble();
            tries = pinDraw < 0.01 ? 0 : pinDraw < 0.07 ? 1 + random.nextInt(CardServices.PIN_TRY_LIMIT - 1) : tries;
        }
        int bank = random.nextInt(BANKS.length);
        String account = BANK_BINS[bank] + String.format("%012d", Math.floorMod(index * ACCOUNT_STRIDE + cardOffset, ACCOUNT_SPACE));
        return new DemoCard(number, state, since, BANKS[bank], account + LuhnDigits.checkDigit(account), issued,
                issued.plusYears(10).minusDays(1), tries);
    }

    /** Fills {@code years}; returns the separation when the last job ended before today and before retirement. */
    private Optional<DemoSeparation> contributionYears(SplittableRandom random, LocalDate birth, YearMonth retirement,
                                                       List<DemoYear> years) {
        YearMonth start = YearMonth.from(birth.plusYears(18 + random.nextInt(13)));
        if (start.getYear() < FIRST_RECORD_YEAR) {
            start = YearMonth.of(FIRST_RECORD_YEAR, 1);
        }
        YearMonth lastPossible = min(retirement.minusMonths(1), YearMonth.from(asOf).minusMonths(1));
        Optional<DemoSeparation> separation = Optional.empty();
        YearMonth end = lastPossible;
        boolean separated = lastPossible.isBefore(retirement.minusMonths(1)) && random.nextDouble() < 0.15;
        if (separated) {
            end = lastPossible.minusMonths(1 + random.nextInt(24));
        }
        if (end.isBefore(start)) {
            return separation;
        }
        double factor = 0.6 + random.nextDouble() * 2.4;
        int unit = random.nextInt(unitCount());
        int yearsInJob = 0;
        int jobLength = 2 + random.nextInt(9);
        boolean arrears = random.nextDouble() < 0.02;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            char[] months = "------------".toCharArray();
            if (yearsInJob == jobLength) {
                unit = random.nextInt(unitCount());
                yearsInJob = 0;
                jobLength = 2 + random.nextInt(9);
            }
            for (int month = 1; month <= 12; month++) {
                YearMonth current = YearMonth.of(year, month);
                if (!current.isBefore(start) && !current.isAfter(end)) {
                    months[month - 1] = 'P';
                }
            }
            if (yearsInJob == 0 && year > start.getYear() && random.nextDouble() < 0.1) {
                int gap = 1 + random.nextInt(8);
                for (int m = 0; m < gap; m++) {
                    months[m] = '-';
                }
            }
            if (random.nextDouble() < 0.03) {
                int from = random.nextInt(10);
                for (int m = from; m < from + 1 + random.nextInt(3) && m < 12; m++) {
                    months[m] = months[m] == 'P' ? 'B' : months[m];
                }
            }
            if (arrears && year == end.getYear()) {
                int owed = 1 + random.nextInt(4);
                for (int m = end.getMonthValue() - 1; m >= 0 && m > end.getMonthValue() - 1 - owed; m--) {
                    months[m] = 'A';
                }
            }
            long baseFen = Math.round(23_000 * Math.pow(1.125, year - FIRST_RECORD_YEAR) * factor / 1000) * 1000;
            years.add(new DemoYear(year, unit, baseFen, new String(months)));
            yearsInJob++;
        }
        if (separated) {
            LocalDate on = end.atEndOfMonth();
            SeparationReason reason = reason(random);
            Optional<LocalDate> registered = random.nextDouble() < 0.65
                    ? Optional.of(min(on.plusDays(1 + random.nextInt(30)), asOf)) : Optional.empty();
            separation = Optional.of(new DemoSeparation(unit, on, reason, registered));
        }
        return separation;
    }

    private static SeparationReason reason(SplittableRandom random) {
        double draw = random.nextDouble();
        if (draw < 0.25) {
            return SeparationReason.RESIGNED;
        } else if (draw < 0.60) {
            return SeparationReason.CONTRACT_EXPIRED;
        } else if (draw < 0.85) {
            return SeparationReason.DISMISSED_BY_EMPLOYER;
        } else if (draw < 0.95) {
            return SeparationReason.EMPLOYER_CLOSED;
        }
        return SeparationReason.EMPLOYER_AT_FAULT;
    }

    private static Map<Insurance, Integer> insuranceStarts(SplittableRandom random, List<DemoYear> years) {
        Map<Insurance, Integer> starts = new EnumMap<>(Insurance.class);
        if (years.isEmpty()) {
            return starts;
        }
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        starts.put(Insurance.PENSION, first);
        if (random.nextDouble() < 0.9 && Math.max(first, 1999) <= last) {
            starts.put(Insurance.UNEMPLOYMENT, Math.max(first, 1999));
        }
        if (random.nextDouble() < 0.85 && Math.max(first, 2004) <= last) {
            starts.put(Insurance.WORK_INJURY, Math.max(first, 2004));
        }
        return starts;
    }

    private DemoEntitlement entitlement(BenefitKind kind, SplittableRandom random, String suspendedBecause) {
        Optional<LocalDate> last = random.nextDouble() < 0.05 ? Optional.empty()
                : Optional.of(asOf.minusDays(random.nextInt(400)));
        LocalDate due = last.map(day -> CertificationCycles.nextDue(kind, day))
                .orElseGet(() -> CertificationCycles.cycleEnd(kind, asOf));
        return new DemoEntitlement(kind, last, due, Optional.ofNullable(suspendedBecause));
    }

    private List<SkillCertificate> skillCertificates(long index, SplittableRandom random) {
        double draw = random.nextDouble();
        int count = draw < 0.05 ? 2 : draw < 0.25 ? 1 : 0;
        List<SkillCertificate> certificates = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            LocalDate issued = asOf.minusDays(random.nextInt(3 * 365));
            SkillLevel level = SkillLevel.values()[random.nextInt(3)];
            certificates.add(new SkillCertificate(String.format("%d%011d%d", issued.getYear(), index, k),
                    OCCUPATIONS[random.nextInt(OCCUPATIONS.length)], level, issued));
        }
        return List.copyOf(certificates);
    }

    /** A stream of its own per person (and per unit, on negative keys), decorrelated by SplittableRandom's mixing. */
    private SplittableRandom randomFor(long key) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
