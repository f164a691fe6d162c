package id.pantau.innovation.actionplan;

/** The examples the OpenAPI document shows for the import. */
final class ImportExamples {

    static final String CSV = """
            No;Permasalahan;Inovasi yang Direncanakan;OPD Penanggung Jawab;Target Waktu;Indikator Keberhasilan;\
            Bentuk Inovasi;Tanggal Mulai;Satuan;Kondisi Awal;Target;Frekuensi
            1;Layanan lambat;Aplikasi layanan online;Dinas PTSP;6 bulan;Waktu layanan;Pelayanan publik;01/01/2026;\
            hari;10;5;Bulanan
            """;

    static final String REPORT = """
            {"dryRun": false, "regionCode": "32.73", "created": 1, "wouldCreate": 0, "refused": 1,
             "ignoredColumns": [],
             "rows": [
              {"row": 2, "rows": [2], "no": "1", "title": "Aplikasi layanan online", "status": "CREATED",
               "innovationId": "6650a1f2c3b4d5e6f7a8b9c0", "reasons": []},
              {"row": 3, "rows": [3], "no": "2", "title": "Integrasi data OPD", "status": "REFUSED",
               "innovationId": null, "reasons": [{"row": 3, "column": "OPD Penanggung Jawab", "code": "opd-unknown",
               "message": "OPD Dinas Kominfo belum terdaftar di daerah 32.73"}]}]}
            """;

    private ImportExamples() {
    }
}
