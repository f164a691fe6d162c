package id.pantau.reporting.report;

/** The lines every rendering of a report carries under its title, worded once. */
public final class ReportHeader {

    private ReportHeader() {
    }

    /** E.g. "Wilayah: 32.73 Kota Bandung · OPD: 2.18.0.00.0.00.01.0000 · Periode: Triwulan I 2026". */
    public static String regionAndPeriod(ReportDocument document) {
        return "Wilayah: " + document.region()
                + (document.opdCode() == null ? "" : " · OPD: " + document.opdCode())
                + " · Periode: " + document.periodLabel();
    }

    /** E.g. "Data per: 30/06/2026 12:00 WIB". */
    public static String cutOff(ReportDocument document) {
        return "Data per: " + IndonesianFormat.dateTime(document.cutOff(), document.zone());
    }
}
