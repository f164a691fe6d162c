package id.pantau.events;

/** Tingkat daerah: a province, or a kabupaten (regency) or kota (city) inside it. */
public enum RegionLevel {
    PROVINCE,
    REGENCY,
    CITY
}
