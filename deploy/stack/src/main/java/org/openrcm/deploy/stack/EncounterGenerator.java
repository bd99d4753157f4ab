package org.openrcm.deploy.stack;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.openrcm.events.common.Address;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;

/**
 * Plausible office visits, the same ones for the same seed and day: each practice sees patients from a pool
 * smaller than its visit count (so some patients come back), a new patient gets a new-patient E/M visit, a
 * returning one an established-patient visit or, from 65, sometimes the annual wellness visit; some visits add
 * an ECG, a lab panel with venipuncture or a chest X-ray. Codes are billable ICD-10-CM (without dots) and the
 * procedures of {@link DemoFeeSchedule}; dates of service lie in the 60 days before today.
 */
public final class EncounterGenerator {

    private static final String[] DIAGNOSES = {"E119", "I10", "J069", "M5450", "R051", "E785", "K219", "J449"};
    private static final String WELLNESS_DIAGNOSIS = "Z0000";
    /**
     * Codes a provider might still pick from an outdated code book: deleted or category (non-billable) codes, each
     * with the billable code that replaces it. coding-service's edits stop them (ICD-BILLABLE) and the demo coder
     * corrects them; a claim that carried one anyway would be rejected by the payer's front end.
     */
    static final Map<String, String> OUTDATED_DIAGNOSES = Map.of("M545", "M5450", "R05", "R051", "E11", "E119",
            "J06", "J069");
    /** The member id prefix of each payer's cards; a member id the payer rejects starts with REJ instead. */
    static final String REJECTED_MEMBER_PREFIX = "REJ";
    private static final String[] NEW_PATIENT_VISITS = {"99202", "99203", "99203", "99204", "99205"};
    private static final String[] ESTABLISHED_VISITS = {"99212", "99213", "99213", "99213", "99214", "99214", "99215"};
    private static final String NURSE_VISIT = "99211";
    private static final String WELLNESS_VISIT = "G0439";
    private static final String ECG = "93000";
    private static final String CHEST_XRAY = "71046";
    private static final String VENIPUNCTURE = "36415";
    private static final String[] LAB_PANELS = {"80053", "85025"};
    static final String[][] PAYERS = {
        {"BCBS01", "Blue Cross Blue Shield of Illinois", "XOF"}, {"AETNA01", "Aetna", "W"},
        {"UHC01", "UnitedHealthcare", "U"}};
    private static final String[] FIRST_NAMES_F = {"Mary", "Linda", "Susan", "Karen", "Nancy", "Emily", "Grace"};
    private static final String[] FIRST_NAMES_M = {"James", "Robert", "David", "Thomas", "Daniel", "Paul", "Mark"};
    private static final String[] LAST_NAMES = {"Anderson", "Baker", "Carter", "Dixon", "Evans", "Foster",
        "Garcia", "Hughes", "Iverson", "Jensen", "Kowalski", "Lopez", "Miller", "Novak", "Olsen", "Patel"};
    private static final String[] STREETS = {"Oak St", "Maple Ave", "Walnut St", "Elm St", "Monroe St", "Lincoln Ave"};
    private static final String[][] CITIES = {{"Springfield", "62704"}, {"Chatham", "62629"},
        {"Rochester", "62563"}, {"Sherman", "62684"}};
    private static final String[][] PHYSICIANS = {{"Alice", "Morgan"}, {"Brian", "Keller"}, {"Carla", "Nguyen"},
        {"Dennis", "Ortiz"}, {"Elena", "Price"}, {"Frank", "Quinn"}};

    private final Random random;
    private final LocalDate today;

    public EncounterGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** A patient of a practice, with the dates already booked so that no patient has two visits on a day. */
    private record PatientRecord(Patient patient, Coverage coverage, Set<LocalDate> visits) {
    }

    /**
     * @param count              visits in all, dealt to the practices in turn
     * @param rejectedMemberShare the share of patients whose member id the payer rejects ({@code REJ...})
     */
    public List<DemoEncounter> generate(List<DemoTenant> tenants, int count, double rejectedMemberShare) {
        return generate(tenants, count, rejectedMemberShare, 0.0);
    }

    /**
     * @param outdatedDiagnosisShare the share of visits whose principal diagnosis is an outdated code
     *                               ({@link #OUTDATED_DIAGNOSES}) that coding review corrects
     */
    public List<DemoEncounter> generate(List<DemoTenant> tenants, int count, double rejectedMemberShare,
            double outdatedDiagnosisShare) {
        Map<DemoTenant, List<Provider>> providers = new HashMap<>();
        Map<DemoTenant, PatientRecord[]> pools = new HashMap<>();
        for (int t = 0; t < tenants.size(); t++) {
            DemoTenant tenant = tenants.get(t);
            providers.put(tenant, List.of(provider(2 * t), provider(2 * t + 1)));
            int visits = (count + tenants.size() - 1 - t) / tenants.size();
            pools.put(tenant, new PatientRecord[Math.max(1, (int) Math.ceil(visits * 0.6))]);
        }
        List<DemoEncounter> encounters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int tenantIndex = i % tenants.size();
            DemoTenant tenant = tenants.get(tenantIndex);
            PatientRecord[] pool = pools.get(tenant);
            int slot = random.nextInt(pool.length);
            boolean newPatient = pool[slot] == null;
            if (newPatient) {
                pool[slot] = patient(tenantIndex + 1, slot + 1, rejectedMemberShare);
            }
            PatientRecord patient = pool[slot];
            List<Provider> doctors = providers.get(tenant);
            EncounterRequest visit = visit(String.format("V-%06d", i + 1), patient, newPatient,
                    doctors.get(random.nextInt(doctors.size())));
            if (random.nextDouble() < outdatedDiagnosisShare) {
                visit = withOutdatedPrincipalDiagnosis(visit);
            }
            encounters.add(new DemoEncounter(tenant, visit));
        }
        return List.copyOf(encounters);
    }

    private EncounterRequest visit(String externalId, PatientRecord record, boolean newPatient, Provider provider) {
        LocalDate dateOfService;
        do {
            dateOfService = today.minusDays(1 + random.nextInt(60));
        } while (!record.visits().add(dateOfService));
        int age = Period.between(record.patient().birthDate(), dateOfService).getYears();

        List<String> diagnoses = new ArrayList<>();
        List<ProcedureLine> procedures = new ArrayList<>();
        if (!newPatient && age >= 65 && random.nextInt(100) < 15) {
            diagnoses.add(WELLNESS_DIAGNOSIS);
            procedures.add(line(WELLNESS_VISIT, 1));
        } else {
            diagnoses.addAll(distinctDiagnoses(1 + random.nextInt(3)));
            boolean nurseVisit = !newPatient && random.nextInt(100) < 5;
            String visitCode = nurseVisit ? NURSE_VISIT : pick(newPatient ? NEW_PATIENT_VISITS : ESTABLISHED_VISITS);
            procedures.add(line(visitCode, diagnoses.size()));
            if (!nurseVisit) {
                procedures.addAll(ancillaries());
            }
        }
        return new EncounterRequest(externalId, record.patient(), record.coverage(), provider, dateOfService, "11",
                List.copyOf(diagnoses), List.copyOf(procedures));
    }

    /** The coder picked the outdated code of the principal diagnosis, when it has one. */
    private static EncounterRequest withOutdatedPrincipalDiagnosis(EncounterRequest visit) {
        String principal = visit.diagnoses().get(0);
        return OUTDATED_DIAGNOSES.entrySet().stream().filter(entry -> entry.getValue().equals(principal))
                .findFirst().map(entry -> visit.withPrincipalDiagnosis(entry.getKey())).orElse(visit);
    }

    /** None, one or two ancillary services; a lab panel comes with the venipuncture that drew the blood. */
    private List<ProcedureLine> ancillaries() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> List.of();
            case 2 -> List.of(line(ECG, 1));
            case 3 -> List.of(line(CHEST_XRAY, 1));
            case 4 -> List.of(line(ECG, 1), line(CHEST_XRAY, 1));
            default -> List.of(line(pick(LAB_PANELS), 1), line(VENIPUNCTURE, 1));
        };
    }

    private List<String> distinctDiagnoses(int count) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            codes.add(pick(DIAGNOSES));
        }
        return List.copyOf(codes);
    }

    /** One unit of {@code code}, pointing at the first {@code diagnoses} diagnoses (at most four, as SV107 allows). */
    private static ProcedureLine line(String code, int diagnoses) {
        return new ProcedureLine(code, List.of(), 1, IntStream.rangeClosed(1, Math.min(diagnoses, 4)).boxed().toList());
    }

    private PatientRecord patient(int practice, int number, double rejectedMemberShare) {
        boolean female = random.nextBoolean();
        String firstName = pick(female ? FIRST_NAMES_F : FIRST_NAMES_M);
        String lastName = pick(LAST_NAMES);
        LocalDate birthDate = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
        String[] city = CITIES[random.nextInt(CITIES.length)];
        Address address = new Address((100 + random.nextInt(9_900)) + " " + pick(STREETS), null, city[0], "IL",
                city[1]);
        String patientId = String.format("P-%d-%05d", practice, number);
        String[] payer = PAYERS[random.nextInt(PAYERS.length)];
        String memberNumber = String.format("%09d", random.nextInt(1_000_000_000));
        String memberId = (random.nextDouble() < rejectedMemberShare ? REJECTED_MEMBER_PREFIX : payer[2]) + memberNumber;
        Coverage coverage = new Coverage(payer[0], payer[1], memberId, String.format("G%06d", random.nextInt(1_000_000)),
                "18", "CI");
        return new PatientRecord(new Patient(patientId, firstName, lastName, birthDate, female ? "F" : "M", address),
                coverage, new HashSet<>());
    }

    /** The member id the payer's card shows for a member id the payer rejected (a REJ prefix for the card's). */
    static String correctedMemberId(String payerId, String rejectedMemberId) {
        for (String[] payer : PAYERS) {
            if (payer[0].equals(payerId) && rejectedMemberId.startsWith(REJECTED_MEMBER_PREFIX)) {
                return payer[2] + rejectedMemberId.substring(REJECTED_MEMBER_PREFIX.length());
            }
        }
        return rejectedMemberId;
    }

    private static Provider provider(int index) {
        String[] name = PHYSICIANS[index % PHYSICIANS.length];
        return new Provider(Npis.withCheckDigit(String.valueOf(198765400 + index)), name[0], name[1]);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
