package vn.minhbach.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed astronomically.
 *
 * <p>Rules: a month begins on the local civil day that contains the new moon; the month that
 * contains the winter solstice is month 11; when thirteen months lie between two month-11s, the
 * first of them that contains no major solar term (the sun's longitude crossing a multiple of
 * 30°) is the leap month and repeats the number of the month before it. Vietnam applies these
 * rules at UTC+7, China at UTC+8, which is why the two calendars differ on some dates (Tết 1985
 * fell on 21 January in Vietnam and on 20 February in China).
 *
 * <p>New moons use the series of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter
 * 49, with the planetary corrections; the sun's apparent longitude uses chapter 25 (accuracy
 * about 0.01°); ΔT uses the polynomial expressions of Espenak and Meeus. Valid roughly for
 * 1800–2200, far beyond any deadline the product computes.
 */
public final class LunarCalendar {

	/** The offset of Vietnam's civil time from UTC, in hours. */
	public static final double VIETNAM_UTC_OFFSET_HOURS = 7.0;

	private static final long JDN_OF_EPOCH_DAY_ZERO = 2_440_588L;

	private static final double SYNODIC_MONTH = 29.530588861;

	private final double utcOffsetHours;

	private LunarCalendar(double utcOffsetHours) {
		this.utcOffsetHours = utcOffsetHours;
	}

	/** The calendar as Vietnam keeps it (UTC+7). */
	public static LunarCalendar vietnamese() {
		return new LunarCalendar(VIETNAM_UTC_OFFSET_HOURS);
	}

	/** The same rules at another time zone (UTC+8 gives the Chinese calendar); for comparisons. */
	public static LunarCalendar atUtcOffset(double hours) {
		return new LunarCalendar(hours);
	}

	/** The first day of the lunar year {@code year} (Tết Nguyên Đán). */
	public LocalDate newYear(int year) {
		return toSolar(LunarDate.of(year, 1, 1));
	}

	public LunarDate toLunar(LocalDate date) {
		long jdn = julianDayNumber(date);
		long k = monthIndexContaining(jdn);
		int year = date.getYear();
		long cycleStart = month11(year);
		int cycleYear = year;
		if (k < cycleStart) {
			cycleStart = month11(year - 1);
			cycleYear = year - 1;
		}
		long cycleEnd = month11(cycleYear + 1);
		int leapIndex = leapIndex(cycleStart, cycleEnd);
		int offset = (int) (k - cycleStart);
		int n = (leapIndex > 0 && offset >= leapIndex) ? offset - 1 : offset;
		int month = (10 + n) % 12 + 1;
		int lunarYear = n < 2 ? cycleYear : cycleYear + 1;
		int day = (int) (jdn - newMoonDay(k)) + 1;
		return new LunarDate(lunarYear, month, day, leapIndex > 0 && offset == leapIndex);
	}

	public LocalDate toSolar(LunarDate lunar) {
		int cycleYear = lunar.month() >= 11 ? lunar.year() : lunar.year() - 1;
		int n = lunar.month() >= 11 ? lunar.month() - 11 : lunar.month() + 1;
		long cycleStart = month11(cycleYear);
		long cycleEnd = month11(cycleYear + 1);
		int leapIndex = leapIndex(cycleStart, cycleEnd);
		int offset;
		if (lunar.leapMonth()) {
			if (leapIndex != n + 1) {
				throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month " + lunar.month());
			}
			offset = leapIndex;
		}
		else {
			offset = (leapIndex > 0 && n >= leapIndex) ? n + 1 : n;
		}
		long first = newMoonDay(cycleStart + offset);
		long length = newMoonDay(cycleStart + offset + 1) - first;
		if (lunar.day() > length) {
			throw new IllegalArgumentException("Lunar month " + lunar.month() + "/" + lunar.year() + " has only "
					+ length + " days");
		}
		return fromJulianDayNumber(first + lunar.day() - 1);
	}

	/** The Meeus index k of the lunation whose month contains the winter solstice of {@code year}. */
	private long month11(int year) {
		long estimate = Math.round((year + 0.97 - 2000) * 12.3685);
		for (long k = estimate - 2; k <= estimate + 2; k++) {
			// the sun crosses 270° (from sector 8 into sector 9) between the starts of this month and the next
			if (sectorAtDayStart(newMoonDay(k)) <= 8 && sectorAtDayStart(newMoonDay(k + 1)) >= 9) {
				return k;
			}
		}
		throw new IllegalStateException("No month 11 found for " + year);
	}

	/** 0 when the cycle has twelve months, else the index (1–12) of the first month without a major term. */
	private int leapIndex(long cycleStart, long cycleEnd) {
		if (cycleEnd - cycleStart != 13) {
			return 0;
		}
		for (int i = 1; i <= 12; i++) {
			long k = cycleStart + i;
			if (sectorAtDayStart(newMoonDay(k)) == sectorAtDayStart(newMoonDay(k + 1))) {
				return i;
			}
		}
		return 0;
	}

	private long monthIndexContaining(long jdn) {
		long k = (long) Math.floor((jdn - 2_451_550.1) / SYNODIC_MONTH);
		while (newMoonDay(k + 1) <= jdn) {
			k++;
		}
		while (newMoonDay(k) > jdn) {
			k--;
		}
		return k;
	}

	/** The Julian day number of the local civil day on which new moon k falls. */
	long newMoonDay(long k) {
		double jde = newMoonJde(k);
		double jdUt = jde - deltaTSeconds(yearOf(jde)) / 86_400.0;
		return (long) Math.floor(jdUt + 0.5 + utcOffsetHours / 24.0);
	}

	/** Which 30° sector (0–11) of ecliptic longitude the sun is in at local midnight starting day {@code jdn}. */
	private int sectorAtDayStart(long jdn) {
		double jdUt = jdn - 0.5 - utcOffsetHours / 24.0;
		double jde = jdUt + deltaTSeconds(yearOf(jdUt)) / 86_400.0;
		return (int) Math.floor(sunApparentLongitude(jde) / 30.0);
	}

	/** Meeus ch. 49: the Julian Ephemeris Day of the true new moon with index k (k = 0 near 2000-01-06). */
	static double newMoonJde(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double t4 = t3 * t;
		double jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
		double e = 1 - 0.002516 * t - 0.0000074 * t2;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
		double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
		double correction = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
				- 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
				- 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
		double[] planetary = { 299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k,
				251.83 + 26.651886 * k, 349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k,
				207.14 + 2.453732 * k, 154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k,
				291.34 + 1.844379 * k, 161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k };
		double[] amplitudes = { 325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23 };
		double additional = 0;
		for (int i = 0; i < planetary.length; i++) {
			additional += amplitudes[i] * 1e-6 * Math.sin(rad(planetary[i]));
		}
		return jde + correction + additional;
	}

	/** Meeus ch. 25 (low accuracy): the sun's apparent longitude in degrees, 0 ≤ λ < 360. */
	static double sunApparentLongitude(double jde) {
		double t = (jde - 2_451_545.0) / 36_525.0;
		double l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
		double m = rad(357.52911 + 35_999.05029 * t - 0.0001537 * t * t);
		double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
				+ 0.000289 * Math.sin(3 * m);
		double omega = rad(125.04 - 1934.136 * t);
		double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
		lambda %= 360.0;
		return lambda < 0 ? lambda + 360.0 : lambda;
	}

	/** ΔT = TT − UT in seconds (Espenak and Meeus polynomial expressions). */
	static double deltaTSeconds(double year) {
		if (year >= 2050) {
			double u = (year - 1820) / 100;
			return -20 + 32 * u * u - 0.5628 * (2150 - year);
		}
		if (year >= 2005) {
			double t = year - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		if (year >= 1986) {
			double t = year - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
					+ 0.00002373599 * t * t * t * t * t;
		}
		if (year >= 1961) {
			double t = year - 1975;
			return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
		}
		if (year >= 1941) {
			double t = year - 1950;
			return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
		}
		if (year >= 1920) {
			double t = year - 1920;
			return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
		}
		if (year >= 1900) {
			double t = year - 1900;
			return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
		}
		double u = (year - 1820) / 100;
		return -20 + 32 * u * u;
	}

	private static double yearOf(double jd) {
		return 2000 + (jd - 2_451_545.0) / 365.25;
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360.0);
	}

	static long julianDayNumber(LocalDate date) {
		return date.toEpochDay() + JDN_OF_EPOCH_DAY_ZERO;
	}

	static LocalDate fromJulianDayNumber(long jdn) {
		return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_ZERO);
	}
}
