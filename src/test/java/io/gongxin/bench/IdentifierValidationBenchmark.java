package io.gongxin.bench;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import cn.hutool.core.util.CreditCodeUtil;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.Verdict;
import io.gongxin.identifier.internal.Checksums;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 4: our full verdict against hutool's {@code CreditCodeUtil.isCreditCode} and a
 * bare mod-31 loop, over the same 1 M generated codes. Scores are ns per code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IdentifierValidationBenchmark {

	static final int N = 1_000_000;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] VALUES = new int[128];

	static {
		Arrays.fill(VALUES, -1);
		for (int i = 0; i < Checksums.USCC_ALPHABET.length(); i++) {
			VALUES[Checksums.USCC_ALPHABET.charAt(i)] = i;
		}
	}

	/**
	 * 70 % valid, 10 % normalisable (lower case or spaced), 20 % invalid (one character
	 * changed).
	 */
	String[] mixed;

	/** Valid codes only. */
	String[] valid;

	IdentifierCheck check;

	@Setup
	public void generate() {
		this.check = IdentifierCheck.standalone();
		Random random = new Random(4);
		this.valid = new String[N];
		this.mixed = new String[N];
		for (int i = 0; i < N; i++) {
			String code = uscc(random);
			this.valid[i] = code;
			int kind = random.nextInt(100);
			if (kind < 65) {
				this.mixed[i] = code;
			}
			else if (kind < 70) {
				StringBuilder body = new StringBuilder(code.substring(0, 16));
				body.append(Checksums.USCC_ALPHABET.charAt(random.nextInt(31)));
				this.mixed[i] = body.append(Checksums.usccCheckCharacter(body)).toString();
			}
			else if (kind < 72) {
				this.mixed[i] = citizenId(random);
			}
			else if (kind < 82) {
				this.mixed[i] = random.nextBoolean() ? code.toLowerCase()
						: code.substring(0, 8) + " " + code.substring(8);
			}
			else {
				int position = random.nextInt(18);
				char replacement = Checksums.USCC_ALPHABET.charAt(random.nextInt(31));
				if (replacement == code.charAt(position)) {
					replacement = (replacement == '0') ? '1' : '0';
				}
				this.mixed[i] = code.substring(0, position) + replacement + code.substring(position + 1);
			}
		}
		Agreement.print(this.mixed, this.check);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int oursValid() {
		return ours(this.valid);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int hutoolValid() {
		return hutool(this.valid);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int bareLoopValid() {
		return bare(this.valid);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int oursMixed() {
		return ours(this.mixed);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int hutoolMixed() {
		return hutool(this.mixed);
	}

	@Benchmark
	@OperationsPerInvocation(N)
	public int bareLoopMixed() {
		return bare(this.mixed);
	}

	private int ours(String[] codes) {
		int sum = 0;
		for (String code : codes) {
			sum += this.check.verdict(code).ordinal();
		}
		return sum;
	}

	private static int hutool(String[] codes) {
		int accepted = 0;
		for (String code : codes) {
			if (CreditCodeUtil.isCreditCode(code)) {
				accepted++;
			}
		}
		return accepted;
	}

	private static int bare(String[] codes) {
		int accepted = 0;
		for (String code : codes) {
			if (bareCheck(code)) {
				accepted++;
			}
		}
		return accepted;
	}

	/** The practical limit: length, table look-up and the mod-31 sum, nothing else. */
	static boolean bareCheck(String code) {
		if (code.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = code.charAt(i);
			int v = (c < 128) ? VALUES[c] : -1;
			if (v < 0) {
				return false;
			}
			sum += v * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		char last = code.charAt(17);
		return last < 128 && VALUES[last] == ((check == 31) ? 0 : check);
	}

	static String uscc(Random random) {
		String departments = "123456789ANY";
		StringBuilder code = new StringBuilder(18);
		code.append(departments.charAt(random.nextInt(departments.length())));
		code.append("1239".charAt(random.nextInt(4)));
		for (int i = 0; i < 6; i++) {
			code.append((char) ('0' + random.nextInt(10)));
		}
		for (int i = 0; i < 8; i++) {
			code.append(Checksums.USCC_ALPHABET.charAt(random.nextInt(31)));
		}
		code.append(Checksums.orgCheckCharacter(code, 8));
		code.append(Checksums.usccCheckCharacter(code));
		return code.toString();
	}

	static String citizenId(Random random) {
		StringBuilder code = new StringBuilder(String.valueOf(110000 + random.nextInt(540000)));
		code.append(String.format("%04d%02d%02d%03d", 1930 + random.nextInt(90), 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(1000)));
		return code.append(Checksums.citizenCheckCharacter(code)).toString();
	}

	/** Compares hutool's boolean with our verdicts over the mixed array. */
	static final class Agreement {

		static void print(String[] codes, IdentifierCheck check) {
			long hutoolAccepts = 0;
			long hutoolAcceptsWeValid = 0;
			long hutoolAcceptsWeInvalidOrgCode = 0;
			long hutoolAcceptsWeOther = 0;
			long hutoolAcceptsCitizenIds = 0;
			long hutoolRejectsWeValid = 0;
			long hutoolRejectsWeNormalisable = 0;
			long bothReject = 0;
			for (String code : codes) {
				boolean hutool = CreditCodeUtil.isCreditCode(code);
				Verdict ours = check.verdict(code);
				if (hutool) {
					hutoolAccepts++;
					if (ours == Verdict.VALID) {
						hutoolAcceptsWeValid++;
					}
					else if (check.explain(code)
						.errors()
						.stream()
						.anyMatch((reason) -> reason.code().equals("GX-ID-014"))) {
						hutoolAcceptsWeInvalidOrgCode++;
					}
					else {
						hutoolAcceptsWeOther++;
					}
					if (check.kindOf(code) == io.gongxin.identifier.IdentifierKind.CITIZEN_ID) {
						hutoolAcceptsCitizenIds++;
					}
				}
				else if (ours == Verdict.VALID) {
					hutoolRejectsWeValid++;
				}
				else if (ours == Verdict.NORMALISABLE) {
					hutoolRejectsWeNormalisable++;
				}
				else {
					bothReject++;
				}
			}
			System.out.printf(
					"%nAGREEMENT over %d codes: hutool accepts %d; of those we call VALID %d, INVALID for the embedded org-code check %d, other %d.%n"
							+ "hutool accepts %d citizen ids (as USCCs).%n"
							+ "hutool rejects but we call VALID %d, NORMALISABLE %d; both reject %d.%n",
					codes.length, hutoolAccepts, hutoolAcceptsWeValid, hutoolAcceptsWeInvalidOrgCode,
					hutoolAcceptsWeOther, hutoolAcceptsCitizenIds, hutoolRejectsWeValid, hutoolRejectsWeNormalisable,
					bothReject);
		}

	}

}
