package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.problem.FieldViolation;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.innovation.innovation.Innovation;
import id.pantau.innovation.innovation.InnovationRegister;
import id.pantau.innovation.opd.OpdDirectory;
import id.pantau.innovation.region.Region;
import id.pantau.innovation.region.RegionDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Registers the innovations of an action-plan table (CSV or XLSX) in one region. Each innovation is registered
 * whole, by the same scope and rules as {@code POST /api/v1/innovations} (one write with its indicators,
 * InnovationRegistered and audit entry), or refused with its reasons; one refused row does not stop the
 * others. A dry run judges every row the same way and writes nothing.
 */
@Service
public class ActionPlanImport {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final InnovationRegister register;
    private final RegionDirectory regions;
    private final OpdDirectory opds;
    private final ImportSettings settings;
    private final MessageSource messages;

    public ActionPlanImport(InnovationRegister register, RegionDirectory regions, OpdDirectory opds,
                            ImportSettings settings, MessageSource messages) {
        this.register = register;
        this.regions = regions;
        this.opds = opds;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * @param regionCode the region the table is for; null for the caller's own
     * @param startDate  the start of rows without "Tanggal Mulai"; null for today in the region
     * @throws ApiProblem 404 for a region outside the caller's scope, 409 {@code region-inactive}, 422 for a file
     *                    that cannot be read, lacks a required column or holds too many rows
     */
    public ImportReport importTable(byte[] content, String regionCode, LocalDate startDate, boolean dryRun) {
        String code = regionCode == null || regionCode.isBlank() ? Scope.current().caller().region().value()
                : regionCode.strip();
        Region region = regions.find(code);
        if (!region.active()) {
            throw ApiProblem.conflict("region-inactive", region.code());
        }
        SheetTable table = startsWith(content, ZIP) ? XlsxTable.read(content) : CsvTable.read(content);
        ActionPlanHeader header = ActionPlanHeader.of(table.headers());
        if (table.rows().isEmpty()) {
            throw ImportProblems.empty();
        }
        if (table.rows().size() > settings.maxRows()) {
            throw ImportProblems.tooManyRows(table.rows().size(), settings.maxRows());
        }
        List<OpdLabel> labels = opds.all(region.code()).stream()
                .map(opd -> new OpdLabel(opd.code(), opd.name(), opd.shortName())).toList();
        LocalDate defaultStart = startDate != null ? startDate
                : LocalDate.ofInstant(Moments.now(), ZoneId.of(region.timeZone()));
        List<PlanDraft> drafts = new ActionPlanRows(header, region.code(), labels, defaultStart).read(table.rows());
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportReport.Entry> entries = new ArrayList<>();
        for (PlanDraft draft : drafts) {
            entries.add(entry(draft, dryRun, locale));
        }
        return ImportReport.of(dryRun, region.code(), header.ignored(), entries);
    }

    private ImportReport.Entry entry(PlanDraft draft, boolean dryRun, Locale locale) {
        if (!draft.readable()) {
            return refused(draft, draft.refusals().stream().map(refusal -> reason(refusal, locale)).toList());
        }
        try {
            Innovation innovation = dryRun ? register.check(draft.innovation()) : register.register(draft.innovation());
            return new ImportReport.Entry(draft.row(), draft.rows(), draft.no(), draft.title(),
                    dryRun ? ImportStatus.WOULD_CREATE : ImportStatus.CREATED, dryRun ? null : innovation.id(),
                    List.of());
        } catch (ApiProblem problem) {
            return refused(draft, reasons(problem, draft.rows(), locale));
        }
    }

    private static ImportReport.Entry refused(PlanDraft draft, List<ImportReport.Reason> reasons) {
        return new ImportReport.Entry(draft.row(), draft.rows(), draft.no(), draft.title(), ImportStatus.REFUSED,
                null, reasons);
    }

    /** The rules' violations at their cells; a refusal of the whole row (out of scope) at its OPD. */
    private List<ImportReport.Reason> reasons(ApiProblem problem, List<Integer> rows, Locale locale) {
        if (problem.violations().isEmpty()) {
            String message = messages.getMessage("problem." + problem.code(), problem.args(), problem.code(), locale);
            return List.of(new ImportReport.Reason(rows.get(0), ActionPlanColumn.OPD.header(), problem.code(),
                    message));
        }
        List<ImportReport.Reason> reasons = new ArrayList<>();
        for (FieldViolation violation : problem.violations()) {
            ViolationPlace.Place place = ViolationPlace.of(violation.field(), rows);
            String[] codes = violation.message().getCodes();
            reasons.add(new ImportReport.Reason(place.row(), place.column().header(),
                    codes == null || codes.length == 0 ? "invalid" : codes[0],
                    messages.getMessage(violation.message(), locale)));
        }
        return reasons;
    }

    private ImportReport.Reason reason(RowRefusal refusal, Locale locale) {
        return new ImportReport.Reason(refusal.row(), refusal.column().header(), refusal.code(),
                messages.getMessage(refusal.code(), refusal.args().toArray(), refusal.code(), locale));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
