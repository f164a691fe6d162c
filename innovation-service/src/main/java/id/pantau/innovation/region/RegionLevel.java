package id.pantau.innovation.region;

/** Tingkat daerah: a province, or a kabupaten (regency) or kota (city) inside it. */
public enum RegionLevel {
    PROVINCE,
    REGENCY,
    CITY
}
