package io.gongxin.platform;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Generated passwords are shown to the operator on the console only: through the logger
 * they would also land in the log file, which is kept, rotated, copied and shipped, so a
 * password in it outlives the "shown once". They are held back until the platform is
 * ready and everything start-up prints (demo data included) is out, so they are the last
 * thing an operator sees.
 */
@Component
public class PasswordNotices {

	private final List<String> pending = new ArrayList<>();

	private boolean ready;

	/** Shows the notice once the platform is ready, or now if it already is. */
	public synchronized void show(String notice) {
		if (this.ready) {
			print(notice);
		}
		else {
			this.pending.add(notice);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	synchronized void platformReady() {
		this.ready = true;
		this.pending.forEach(this::print);
		this.pending.clear();
	}

	private void print(String notice) {
		// looked up on each use: whoever redirected the console since start-up gets it
		PrintStream console = System.out;
		console.println();
		console.println("============================================================");
		notice.lines().forEach(line -> console.println(" " + line));
		console.println("============================================================");
		console.flush();
	}

}
