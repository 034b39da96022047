package eu.resilience.assessment.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentRework;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.Participation;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.audit.AuditQuery;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.SliceKey;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what, at service level, for every role and anonymous, on their own organization's data and on another's.
 * Each row of {@link #MATRIX} is one operation; per actor, the outcome on their own organization and on another one:
 * {@code A} allowed (the call reaches the business rules: it succeeds or is refused by a rule of the workflow, such as
 * "not yet submitted"), {@code D} denied by role, {@code N} not found (tenancy: another organization's data is answered
 * like data that does not exist). For leads, administrators and anonymous visitors "own" and "other" are the two same
 * targets as for the operator's users (Nordgrid Energy's and Clinique des Alpes's data).
 */
@H2Test
class AccessMatrixTest {

    private static final List<String> ACTORS = List.of("RESPONDENT", "ORG_ADMIN", "LEAD", "ADMIN", "anonymous");

    //                                        RESPONDENT ORG_ADMIN  LEAD   ADMIN  anonymous
    //                                        own other  own other own oth own oth own oth
    private static final String MATRIX =
            """
            assessments.list                      A A        A A        D D    D D    D D
            assessment.open                       A N        A N        D D    D D    D D
            assessment.answer                     A N        A N        D D    D D    D D
            assessment.review                     A N        A N        D D    D D    D D
            assessment.submit                     A N        A N        D D    D D    D D
            assessment.results                    A N        A N        D D    D D    D D
            assessment.reopen                     D D        A N        A A    D D    D D
            assessment.return                     D D        D D        A A    D D    D D
            campaigns.list                        D D        D D        A A    D D    D D
            campaigns.create                      D D        D D        A A    D D    D D
            campaigns.overlaps                    D D        D D        A A    D D    D D
            campaigns.participation               D D        D D        A A    D D    D D
            organizations.active                  D D        D D        A A    A A    D D
            organizations.list                    D D        D D        D D    A A    D D
            organizations.create                  D D        D D        D D    A A    D D
            organizations.update                  D D        D D        D D    A A    D D
            organizations.deactivate              D D        D D        D D    A A    D D
            users.list                            D D        D D        D D    A A    D D
            users.create                          D D        D D        D D    A A    D D
            users.reset-password                  D D        D D        D D    A A    D D
            users.deactivate                      D D        D D        D D    A A    D D
            my-organization.read                  D D        A A        D D    D D    D D
            my-organization.update-profile        D D        A A        D D    D D    D D
            respondents.list                      D D        A A        D D    D D    D D
            respondents.create                    D D        A A        D D    D D    D D
            respondents.deactivate                D D        A N        D D    D D    D D
            audit.search                          D D        D D        D D    A A    D D
            audit.actions                         D D        D D        D D    A A    D D
            benchmarks.slice                      D D        D D        A A    D D    D D
            benchmarks.heatmap                    D D        D D        A A    D D    D D
            benchmarks.trend                      D D        D D        A A    D D    D D
            benchmarks.named-results              D D        D D        A A    D D    D D
            benchmarks.releases                   D D        D D        A A    D D    D D
            benchmarks.publish                    D D        D D        A A    D D    D D
            benchmarks.microdata                  D D        D D        A A    D D    D D
            benchmarks.own-position               A N        A N        D D    D D    D D
            consent.change                        D D        A A        D D    D D    D D
            reports.company-pdf                   A N        A N        D D    D D    D D
            reports.company-xlsx                  A N        A N        D D    D D    D D
            reports.benchmark-pdf                 D D        D D        A A    D D    D D
            reports.benchmark-xlsx                D D        D D        A A    D D    D D
            reports.data-export                   D D        D D        A A    D D    D D
            reports.data-export-size              D D        D D        A A    D D    D D
            outbox.list                           D D        D D        D D    A A    D D
            outbox.resend                         D D        D D        D D    A A    D D
            profile.read                          A A        A A        A A    A A    D D
            profile.update                        A A        A A        A A    A A    D D
            password-link.request                 A A        A A        A A    A A    A A
            exchange.download                     A N        A N        D D    D D    D D
            exchange.preview                      A N        A N        D D    D D    D D
            exchange.apply                        A N        A N        D D    D D    D D
            exchange.blank-xlsx                   A A        A A        A A    A A    D D
            exchange.blank-pdf                    A A        A A        A A    A A    D D
            targets.list                          D D        D D        A A    A A    D D
            targets.create                        D D        D D        A A    A A    D D
            targets.gap                           A N        A N        D D    D D    D D
            plan.list                             A A        A A        D D    D D    D D
            plan.candidates                       A N        A N        D D    D D    D D
            plan.add                              D D        A N        D D    D D    D D
            plan.update                           D D        A N        D D    D D    D D
            plan.note                             A N        A N        D D    D D    D D
            reports.company-docx                  A N        A N        D D    D D    D D
            plan-figures.releases                 D D        D D        A A    D D    D D
            reports.plan-xlsx                     A A        A A        D D    D D    D D
            reports.plan-docx                     A A        A A        D D    D D    D D
            authoring.template                    D D        D D        D D    A A    D D
            authoring.import-workbook             D D        D D        D D    A A    D D
            authoring.import-library              D D        D D        D D    A A    D D
            """;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRework rework;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditLog audit;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    eu.resilience.assessment.report.ReportService reports;

    @Autowired
    eu.resilience.assessment.notification.OutboxService outbox;

    @Autowired
    eu.resilience.assessment.organization.AccountSettings accountSettings;

    @Autowired
    eu.resilience.assessment.organization.PasswordLinks passwordLinks;

    @Autowired
    eu.resilience.assessment.exchange.ExchangeService exchange;

    @Autowired
    eu.resilience.assessment.authoring.AuthoringService authoring;

    /** Nordgrid Energy's (own) and Clinique des Alpes's (other) data for one call. */
    private record Target(long campaign, long assessment, long organization, long respondent) {}

    private Long demoRelease;

    /** The demo's release of last year's campaign: benchmark figures are read from published releases. */
    private long demoRelease() {
        if (demoRelease == null) {
            String name = "Baseline " + (LocalDate.now().getYear() - 1);
            long campaign = As.user("lead", Role.LEAD, () -> benchmarks.campaigns()).stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .id();
            demoRelease = As.user("lead", Role.LEAD, () -> benchmarks.releases(campaign))
                    .get(0)
                    .id();
        }
        return demoRelease;
    }

    private long nordgrid;
    private long clinique;

    @BeforeEach
    void organizations() {
        nordgrid = idOf("Nordgrid Energy");
        clinique = idOf("Clinique des Alpes");
    }

    @Test
    void everyRoleGetsExactlyTheAccessOfTheMatrix() {
        Map<String, Function<Target, Runnable>> operations = operations();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            String operation = cells[0];
            assertThat(operations).as("operation of the matrix").containsKey(operation);
            // one fresh target per row and side, shared by the actors: denials and "not found" come before any state
            // an earlier actor could have changed, and allowed calls end in a rule of the workflow at worst
            Target[] targets = {target(true), target(false)};
            for (int actor = 0; actor < ACTORS.size(); actor++) {
                for (int side = 0; side < 2; side++) {
                    String expected = cells[1 + actor * 2 + side];
                    String actual = outcome(ACTORS.get(actor), targets[side], operations.get(operation));
                    checked++;
                    if (!expected.equals(actual)) {
                        mismatches.add(operation + " by " + ACTORS.get(actor) + " on " + (side == 0 ? "own" : "other")
                                + ": expected " + expected + ", was " + actual);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(operations.size() * ACTORS.size() * 2);
    }

    /** Runs one operation as the actor on the target and says what happened. */
    private String outcome(String actor, Target target, Function<Target, Runnable> operation) {
        Runnable call = operation.apply(target);
        try {
            switch (actor) {
                case "RESPONDENT" -> As.user("respondent", Role.RESPONDENT, call);
                case "ORG_ADMIN" -> As.user("coordinator", Role.ORG_ADMIN, call);
                case "LEAD" -> As.user("lead", Role.LEAD, call);
                case "ADMIN" -> As.user("admin", Role.ADMIN, call);
                default -> {
                    SecurityContextHolder.clearContext();
                    call.run();
                }
            }
            return "A";
        } catch (AccessDeniedException | AuthenticationException denied) {
            return "D";
        } catch (AssessmentException.NotFound
                | OrganizationException.NotFound
                | eu.resilience.assessment.plan.PlanException.NotFound notFound) {
            return "N";
        } catch (AssessmentException
                | OrganizationException
                | eu.resilience.assessment.benchmark.DisclosureException
                | eu.resilience.assessment.notification.NotificationException
                | eu.resilience.assessment.exchange.ExchangeException
                | eu.resilience.assessment.authoring.AuthoringException
                | eu.resilience.assessment.plan.PlanException ruleOfTheWorkflow) {
            return "A";
        }
    }

    private Map<String, Function<Target, Runnable>> operations() {
        Map<String, Function<Target, Runnable>> operations = new LinkedHashMap<>();
        operations.put("assessments.list", t -> () -> assessments.assessmentsOfMyOrganization());
        operations.put("assessment.open", t -> () -> assessments.open(t.assessment()));
        operations.put(
                "assessment.answer",
                t -> () -> assessments.saveAnswer(
                        t.assessment(), "HYG.1.1", AnswerInput.empty().withOption("step-2"), -1));
        operations.put("assessment.review", t -> () -> assessments.review(t.assessment()));
        operations.put("assessment.submit", t -> () -> assessments.submit(t.assessment()));
        operations.put("assessment.results", t -> () -> assessments.results(t.assessment()));
        operations.put("assessment.reopen", t -> () -> rework.reopen(t.assessment(), "check"));
        operations.put("assessment.return", t -> () -> rework.returnForRework(t.assessment(), "check"));
        operations.put("campaigns.list", t -> () -> campaigns.campaigns());
        operations.put("campaigns.create", t -> () -> campaigns.create(campaignForm(Set.of(t.organization()))));
        operations.put("campaigns.participation", t -> () -> campaigns.participation(t.campaign()));
        operations.put("campaigns.overlaps", t -> () -> campaigns.overlaps(campaignForm(Set.of(t.organization()))));
        operations.put("organizations.active", t -> () -> organizationService.activeOrganizations());
        operations.put("organizations.list", t -> () -> organizations.organizations());
        operations.put("organizations.create", t -> () -> organizations.create(organizationForm()));
        operations.put(
                "organizations.update", t -> () -> organizations.update(throwawayOrganization(), organizationForm()));
        operations.put("organizations.deactivate", t -> {
            long organization = throwawayOrganization();
            return () -> organizations.deactivate(organization);
        });
        operations.put("users.list", t -> () -> users.users());
        operations.put("users.create", t -> () -> users.create(userForm(Role.RESPONDENT, t.organization())));
        operations.put(
                "users.reset-password", t -> () -> users.resetPassword(t.respondent(), "a long enough new passphrase"));
        operations.put("users.deactivate", t -> () -> users.deactivate(t.respondent()));
        operations.put("my-organization.read", t -> () -> organizations.myOrganization());
        operations.put(
                "my-organization.update-profile",
                // the coordinator's own organization keeps its profile: other tests read it
                t -> () -> organizations.updateMyProfile(
                        organizations.myOrganization().profile()));
        operations.put("respondents.list", t -> () -> users.myOrganizationsUsers());
        operations.put("respondents.create", t -> () -> users.createRespondent(userForm(Role.RESPONDENT, null)));
        operations.put("respondents.deactivate", t -> () -> users.deactivateRespondent(t.respondent()));
        operations.put("audit.search", t -> () -> audit.search(AuditQuery.all(), 0, 10));
        operations.put("audit.actions", t -> () -> audit.actions());
        operations.put("benchmarks.slice", t -> () -> benchmarks.slice(demoRelease(), SliceKey.ALL));
        operations.put("benchmarks.heatmap", t -> () -> benchmarks.heatmap(demoRelease()));
        operations.put("benchmarks.trend", t -> () -> benchmarks.trend(demoRelease()));
        operations.put("benchmarks.named-results", t -> () -> benchmarks.namedResults(demoRelease()));
        operations.put("benchmarks.releases", t -> () -> benchmarks.releases(t.campaign()));
        operations.put("benchmarks.publish", t -> () -> benchmarks.publish(t.campaign()));
        operations.put("benchmarks.microdata", t -> () -> benchmarks.microdata(t.campaign()));
        operations.put("benchmarks.own-position", t -> () -> benchmarks.forAssessment(t.assessment()));
        // the coordinator's own organization keeps its choice: other tests read it
        operations.put(
                "reports.company-pdf", t -> () -> reports.companyPdf(t.assessment(), null, java.util.Locale.ENGLISH));
        operations.put(
                "reports.company-xlsx",
                t -> () -> reports.companyWorkbook(t.assessment(), null, java.util.Locale.ENGLISH));
        operations.put(
                "reports.benchmark-pdf",
                t -> () -> reports.partnershipPdf(demoRelease(), null, java.util.Locale.ENGLISH));
        operations.put(
                "reports.benchmark-xlsx",
                t -> () -> reports.partnershipWorkbook(demoRelease(), null, java.util.Locale.ENGLISH));
        operations.put(
                "reports.data-export",
                t -> () -> reports.dataExport(
                        t.campaign(), java.util.Locale.ENGLISH, java.io.OutputStream.nullOutputStream(), n -> {}));
        operations.put("reports.data-export-size", t -> () -> reports.dataExportSize(t.campaign()));
        operations.put("consent.change", t -> () -> organizationService.setNamedResultsConsent(false));
        operations.put("outbox.list", t -> () -> outbox.entries(null, 0, 10));
        // an id that is no notification: an administrator gets the rule "not found", everyone else the refusal by role
        operations.put("outbox.resend", t -> () -> outbox.resend(-1));
        operations.put("profile.read", t -> () -> accountSettings.mine());
        // everyone keeps their settings: other tests read them
        operations.put("profile.update", t -> () -> accountSettings.update(accountSettings.mine()));
        // answered the same for every address and every caller, logged in or not
        operations.put("password-link.request", t -> () -> passwordLinks.requestReset("nobody@partnership.example"));
        operations.put(
                "exchange.download", t -> () -> exchange.answeringWorkbook(t.assessment(), java.util.Locale.ENGLISH));
        // an empty file: the assessment is resolved first, then the file refused
        operations.put(
                "exchange.preview",
                t -> () -> exchange.preview(t.assessment(), "empty.xlsx", new byte[0], java.util.Locale.ENGLISH));
        operations.put(
                "exchange.apply",
                t -> () -> exchange.apply(
                        new eu.resilience.assessment.exchange.Preview(
                                t.assessment(),
                                "answers.xlsx",
                                List.of(new eu.resilience.assessment.exchange.Preview.Change(
                                        "HYG.1.1",
                                        "",
                                        "E5",
                                        "",
                                        "",
                                        AnswerInput.empty().withOption("step-2"),
                                        -1)),
                                List.of(),
                                0,
                                List.of()),
                        Set.of()));
        operations.put(
                "exchange.blank-xlsx",
                t -> () -> exchange.blankWorkbook("quick-check", "1.0", java.util.Locale.ENGLISH));
        operations.put("authoring.template", t -> () -> authoring.template("quick-check", "1.0"));
        // an empty file: refused by the import's rules, after the check of the role
        operations.put("authoring.import-workbook", t -> () -> authoring.importWorkbook("empty.xlsx", new byte[0]));
        operations.put("authoring.import-library", t -> () -> authoring.importLibrary("empty.yaml", new byte[0]));
        operations.put(
                "exchange.blank-pdf", t -> () -> exchange.blankPdf("quick-check", "1.0", java.util.Locale.ENGLISH));
        operations.put(
                "reports.company-docx", t -> () -> reports.companyDocx(t.assessment(), null, java.util.Locale.ENGLISH));
        operations.put("reports.plan-xlsx", t -> () -> reports.planWorkbook(null, java.util.Locale.ENGLISH));
        operations.put("reports.plan-docx", t -> () -> reports.planDocx(null, java.util.Locale.ENGLISH));
        operations.put("plan-figures.releases", t -> () -> planReleases.releases());
        operations.put("targets.list", t -> () -> targets.targets());
        operations.put(
                "targets.create",
                t -> () -> targets.create(new eu.resilience.assessment.plan.Target(
                        0,
                        "Matrix " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        null,
                        null,
                        Map.of("HYG", eu.resilience.assessment.plan.DomainTarget.band("defined")),
                        Map.of())));
        operations.put("targets.gap", t -> () -> targets.gapFor(t.assessment()));
        operations.put("plan.list", t -> () -> plans.myPlan(java.util.Locale.ENGLISH));
        operations.put("plan.candidates", t -> () -> plans.candidates(t.assessment(), java.util.Locale.ENGLISH));
        operations.put("plan.add", t -> () -> plans.add(t.assessment(), planItem()));
        operations.put("plan.update", t -> {
            long item = planItemOf(t);
            return () -> plans.update(item, planItem());
        });
        operations.put("plan.note", t -> {
            long item = planItemOf(t);
            return () -> plans.addNote(item, "a note");
        });
        return operations;
    }

    @Autowired
    eu.resilience.assessment.plan.TargetService targets;

    @Autowired
    eu.resilience.assessment.plan.PlanService plans;

    @Autowired
    eu.resilience.assessment.plan.PlanReleases planReleases;

    private static eu.resilience.assessment.plan.PlanItemForm planItem() {
        return new eu.resilience.assessment.plan.PlanItemForm(
                "HYG.1.1",
                "Keep the inventory",
                null,
                "Someone",
                LocalDate.now().plusDays(30),
                eu.resilience.assessment.plan.Priority.LOW,
                eu.resilience.assessment.plan.PlanStatus.PLANNED,
                null);
    }

    /** A plan item of the target's organization, added by its own coordinator. */
    private long planItemOf(Target target) {
        String coordinator = target.organization() == nordgrid ? "coordinator" : "clinique";
        return As.user(coordinator, Role.ORG_ADMIN, () -> plans.add(target.assessment(), planItem()));
    }

    /** A fresh campaign for both organizations, and a fresh respondent of the target organization. */
    private Target target(boolean own) {
        long organization = own ? nordgrid : clinique;
        long campaign = As.user("lead", Role.LEAD, () -> campaigns.create(campaignForm(Set.of(nordgrid, clinique))));
        long assessment = As.user("lead", Role.LEAD, () -> campaigns.participation(campaign)).stream()
                .filter(p -> p.organizationId() == organization)
                .map(Participation::assessmentId)
                .findFirst()
                .orElseThrow();
        long respondent = As.user("admin", Role.ADMIN, () -> users.create(userForm(Role.RESPONDENT, organization)))
                .id();
        return new Target(campaign, assessment, organization, respondent);
    }

    private long throwawayOrganization() {
        return As.user("admin", Role.ADMIN, () -> organizations.create(organizationForm()))
                .id();
    }

    private static CampaignForm campaignForm(Set<Long> organizations) {
        return new CampaignForm(
                "Matrix " + UUID.randomUUID(),
                "quick-check",
                "1.0",
                LocalDate.now(),
                LocalDate.now().plusDays(5),
                organizations,
                false);
    }

    private static OrganizationForm organizationForm() {
        return new OrganizationForm(
                "Matrix operator " + UUID.randomUUID(), new ProfileForm(Sector.HEALTH, null, SizeClass.SMALL, "BE"));
    }

    private static UserForm userForm(Role role, Long organization) {
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        return new UserForm(username, "Matrix User", role, organization, "a long enough passphrase");
    }

    private long idOf(String name) {
        return As.user("admin", Role.ADMIN, () -> organizations.organizations()).stream()
                .filter(o -> o.name().equals(name))
                .map(OrganizationSummary::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMatrixCoversEveryRoleOnEveryRow() {
        Stream.of(MATRIX.strip().split("\n"))
                .forEach(line -> assertThat(line.strip().split("\\s+")).hasSize(1 + ACTORS.size() * 2));
    }
}
