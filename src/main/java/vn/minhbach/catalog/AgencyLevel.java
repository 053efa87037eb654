package vn.minhbach.catalog;

/** The level of government that carries out a procedure. */
public enum AgencyLevel {
	COMMUNE, DISTRICT, PROVINCE, MINISTRY
}
