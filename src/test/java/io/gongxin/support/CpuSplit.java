package io.gongxin.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a bench's CPU went: this JVM's threads in named groups, the JVM's own threads
 * (garbage collection, the compiler), and the PostgreSQL server's processes. On two
 * shared cores a request's cost is the CPU it takes from every one of them, not the time
 * a single thread spends on it, so two endpoints are compared by their CPU per request.
 *
 * <p>
 * PostgreSQL's share is read from {@code /proc}, so it is known on Linux only (and in 10
 * ms ticks). Threads that end between two samples take their CPU with them: a load
 * generator's own threads should add theirs with {@link #addEnded}.
 */
public final class CpuSplit {

	/** The group of the JVM's own threads, which no Java thread list names. */
	public static final String JVM_INTERNAL = "JVM internal (GC, compiler)";

	public static final String POSTGRESQL = "PostgreSQL, all processes";

	private static final long TICK_NANOS = 10_000_000L;

	private final Function<String, String> groupOfThread;

	private final Map<String, Long> ended = new java.util.concurrent.ConcurrentHashMap<>();

	/** Cores the database has to itself, beyond those this JVM may use. */
	private final int databaseCores;

	/**
	 * @param groupOfThread a Java thread's group by its name
	 * @param databaseCpus the cores the database server has to itself ({@code 1},
	 * {@code 2,3} or {@code 2-3}, as {@code taskset} names them; empty when it shares
	 * this JVM's): this JVM does not count them among its processors, yet they are
	 * offered too
	 */
	public CpuSplit(Function<String, String> groupOfThread, String databaseCpus) {
		this.groupOfThread = groupOfThread;
		int cores = 0;
		for (String part : databaseCpus.split(",")) {
			if (!part.isBlank()) {
				String[] range = part.strip().split("-");
				cores += (range.length == 1) ? 1 : Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
			}
		}
		this.databaseCores = cores;
	}

	/** The CPU so far of a thread that is about to end, counted in its group. */
	public void addEnded(String group, long cpuNanos) {
		this.ended.merge(group, cpuNanos, Long::sum);
	}

	/** The CPU used so far, in nanoseconds, by group. */
	public Map<String, Long> sample() {
		Map<String, Long> used = new LinkedHashMap<>(this.ended);
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] ids = threads.getAllThreadIds();
		long[] cpu = threads.getThreadCpuTime(ids);
		var infos = threads.getThreadInfo(ids);
		long javaThreads = 0;
		for (int i = 0; i < ids.length; i++) {
			if (infos[i] != null && cpu[i] > 0) {
				used.merge(this.groupOfThread.apply(infos[i].getThreadName()), cpu[i], Long::sum);
				javaThreads += cpu[i];
			}
		}
		var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long ended = this.ended.values().stream().mapToLong(Long::longValue).sum();
		// the process's total less every Java thread, living or ended
		used.put(JVM_INTERNAL, Math.max(0, system.getProcessCpuTime() - javaThreads - ended));
		long postgres = postgresTicks();
		if (postgres >= 0) {
			used.put(POSTGRESQL, postgres * TICK_NANOS);
		}
		return used;
	}

	/**
	 * One line: each group's CPU between two samples per request, in µs, and the total
	 * against what the machine's cores offered in that time.
	 */
	public String perRequest(Map<String, Long> before, Map<String, Long> after, long requests, double seconds) {
		StringBuilder line = new StringBuilder();
		long total = 0;
		for (var group : after.entrySet()) {
			long used = group.getValue() - before.getOrDefault(group.getKey(), 0L);
			total += Math.max(0, used);
			if (Math.round(used / 1e3 / requests) <= 0) {
				continue;
			}
			line.append((line.length() > 0) ? ", " : "")
				.append(group.getKey())
				.append(' ')
				.append(Math.round(used / 1e3 / requests))
				.append(" µs");
		}
		int cores = Runtime.getRuntime().availableProcessors() + this.databaseCores;
		double offered = seconds * 1e6 * cores / requests;
		return line + String.format("; total %.0f µs of the %.0f µs the %d cores offered", total / 1e3 / requests,
				offered, cores);
	}

	/** The user and system ticks of every process named postgres, or -1 without /proc. */
	static long postgresTicks() {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return -1;
		}
		try (Stream<Path> processes = Files.list(proc)) {
			return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.mapToLong(CpuSplit::postgresTicksOf)
				.sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static long postgresTicksOf(Path process) {
		try {
			return ticksOf(Files.readString(process.resolve("stat")), "postgres");
		}
		catch (IOException | RuntimeException ex) {
			// a process that ended while it was read
			return 0;
		}
	}

	/**
	 * The user and system ticks in a {@code /proc/<pid>/stat} line, if its process has
	 * the name given, else 0. The name is in parentheses and may itself hold spaces and
	 * parentheses, so the fields are counted from the last closing one.
	 */
	static long ticksOf(String stat, String name) {
		int open = stat.indexOf('(');
		int close = stat.lastIndexOf(')');
		if (open < 0 || close < open || !stat.substring(open + 1, close).equals(name)) {
			return 0;
		}
		// after the name: state (field 3), ppid, …; utime and stime are fields 14 and 15
		String[] fields = stat.substring(close + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
