package org.openrcm.deploy.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Npi;
import org.openrcm.events.common.ProcedureLine;

class EncounterGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final List<DemoTenant> tenants = DemoTenant.forRun("test", 3);

    @Test
    void generatesTheSameVisitsForTheSameSeedAndDay() {
        assertThat(new EncounterGenerator(7, TODAY).generate(tenants, 100, 0.03))
                .isEqualTo(new EncounterGenerator(7, TODAY).generate(tenants, 100, 0.03))
                .isNotEqualTo(new EncounterGenerator(8, TODAY).generate(tenants, 100, 0.03));
    }

    @Test
    void dealsVisitsToThePracticesInTurnWithUniqueExternalIds() {
        List<DemoEncounter> encounters = new EncounterGenerator(7, TODAY).generate(tenants, 200, 0.03);

        assertThat(encounters).hasSize(200);
        assertThat(encounters.get(0).tenant()).isEqualTo(tenants.get(0));
        assertThat(encounters.get(1).tenant()).isEqualTo(tenants.get(1));
        assertThat(encounters.get(3).tenant()).isEqualTo(tenants.get(0));
        assertThat(encounters.stream().map(DemoEncounter::key).distinct()).hasSize(200);
    }

    @Test
    void bringsSomePatientsBackWithoutTwoVisitsOnOneDay() {
        List<DemoEncounter> encounters = new EncounterGenerator(7, TODAY).generate(tenants, 200, 0.03);

        Map<String, List<DemoEncounter>> byPatient = encounters.stream().collect(Collectors.groupingBy(
                encounter -> encounter.tenant().tenantId() + "/" + encounter.request().patient().patientId()));
        assertThat(byPatient.values()).anyMatch(visits -> visits.size() >= 2);
        assertThat(byPatient.values()).anyMatch(visits -> visits.size() == 1);
        byPatient.values().forEach(visits -> assertThat(visits.stream().map(v -> v.request().dateOfService()))
                .doesNotHaveDuplicates());
    }

    @Test
    void billsOnlyPricedProceduresAndBillableCodesWithValidNpis() {
        List<DemoEncounter> encounters = new EncounterGenerator(7, TODAY).generate(tenants, 300, 0.03);

        Set<Integer> lineCounts = new HashSet<>();
        for (DemoEncounter encounter : encounters) {
            EncounterRequest request = encounter.request();
            assertThat(request.dateOfService()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusDays(60));
            assertThat(request.patient().birthDate()).isBefore(request.dateOfService());
            assertThat(Npi.isValid(request.renderingProvider().npi())).isTrue();
            assertThat(request.diagnoses()).doesNotHaveDuplicates()
                    .allSatisfy(code -> assertThat(code).matches("[A-Z][0-9][0-9A-Z]{1,5}").isNotEqualTo("M545"));
            assertThat(request.procedures()).hasSizeBetween(1, 3);
            lineCounts.add(request.procedures().size());
            for (ProcedureLine line : request.procedures()) {
                assertThat(DemoFeeSchedule.fee(line.code())).isPositive();
                assertThat(line.diagnosisPointers()).isNotEmpty()
                        .allSatisfy(pointer -> assertThat(pointer).isBetween(1, request.diagnoses().size()));
            }
        }
        assertThat(lineCounts).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(tenants).allSatisfy(tenant -> assertThat(Npi.isValid(tenant.npi())).isTrue());
    }

    @Test
    void givesTheRequestedShareOfPatientsAMemberIdThePayerRejects() {
        List<DemoEncounter> none = new EncounterGenerator(7, TODAY).generate(tenants, 200, 0.0);
        List<DemoEncounter> some = new EncounterGenerator(7, TODAY).generate(tenants, 200, 0.1);

        assertThat(none).noneMatch(EncounterGeneratorTest::rejectedMember);
        assertThat(some.stream().filter(EncounterGeneratorTest::rejectedMember).count()).isBetween(5L, 50L);
    }

    @Test
    void codesTheRequestedShareOfVisitsWithTheOutdatedCodeOfTheirPrincipalDiagnosis() {
        List<DemoEncounter> none = new EncounterGenerator(7, TODAY).generate(tenants, 300, 0.0, 0.0);
        List<DemoEncounter> some = new EncounterGenerator(7, TODAY).generate(tenants, 300, 0.0, 0.2);

        assertThat(none).noneMatch(EncounterGeneratorTest::outdatedDiagnosis);
        List<DemoEncounter> outdated = some.stream().filter(EncounterGeneratorTest::outdatedDiagnosis).toList();
        assertThat(outdated.size()).isBetween(10, 60);
        assertThat(outdated).allSatisfy(encounter -> {
            String replacement = EncounterGenerator.OUTDATED_DIAGNOSES.get(encounter.request().diagnoses().get(0));
            assertThat(encounter.request().diagnoses()).as("the billable code is not also listed")
                    .doesNotContain(replacement);
        });
    }

    @Test
    void knowsTheMemberIdOnTheCardOfAMemberIdThePayerRejected() {
        assertThat(EncounterGenerator.correctedMemberId("AETNA01", "REJ123456789")).isEqualTo("W123456789");
        assertThat(EncounterGenerator.correctedMemberId("BCBS01", "REJ123456789")).isEqualTo("XOF123456789");
        assertThat(EncounterGenerator.correctedMemberId("BCBS01", "XOF1")).isEqualTo("XOF1");
    }

    private static boolean outdatedDiagnosis(DemoEncounter encounter) {
        return EncounterGenerator.OUTDATED_DIAGNOSES.containsKey(encounter.request().diagnoses().get(0));
    }

    private static boolean rejectedMember(DemoEncounter encounter) {
        return encounter.request().coverage().memberId().startsWith("REJ");
    }
}
