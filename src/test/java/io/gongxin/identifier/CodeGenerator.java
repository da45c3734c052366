package io.gongxin.identifier;

import java.util.Random;

import io.gongxin.identifier.internal.Checksums;

/** Seeded generators of valid identifiers, for property tests and benchmarks. */
final class CodeGenerator {

	private static final String DEPARTMENTS = "123456789ANY";

	private final Random random;

	CodeGenerator(long seed) {
		this.random = new Random(seed);
	}

	String uscc() {
		StringBuilder code = new StringBuilder(18);
		code.append(DEPARTMENTS.charAt(this.random.nextInt(DEPARTMENTS.length())));
		code.append("1239".charAt(this.random.nextInt(4)));
		for (int i = 0; i < 6; i++) {
			code.append((char) ('0' + this.random.nextInt(10)));
		}
		for (int i = 0; i < 8; i++) {
			code.append(Checksums.USCC_ALPHABET.charAt(this.random.nextInt(31)));
		}
		code.append(Checksums.orgCheckCharacter(code, 8));
		code.append(Checksums.usccCheckCharacter(code));
		return code.toString();
	}

	String citizenId() {
		StringBuilder code = new StringBuilder(18);
		code.append(11 + this.random.nextInt(55));
		for (int i = 0; i < 4; i++) {
			code.append((char) ('0' + this.random.nextInt(10)));
		}
		int year = 1900 + this.random.nextInt(120);
		int month = 1 + this.random.nextInt(12);
		int day = 1 + this.random.nextInt(28);
		code.append(String.format("%04d%02d%02d", year, month, day));
		code.append(String.format("%03d", this.random.nextInt(1000)));
		code.append(Checksums.citizenCheckCharacter(code));
		return code.toString();
	}

	String orgCode() {
		StringBuilder code = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			code.append(Checksums.USCC_ALPHABET.charAt(this.random.nextInt(31)));
		}
		code.append(Checksums.orgCheckCharacter(code, 0));
		return code.toString();
	}

	Random random() {
		return this.random;
	}

}
