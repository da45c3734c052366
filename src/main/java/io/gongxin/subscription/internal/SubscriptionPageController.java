package io.gongxin.subscription.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gongxin.platform.PageOutcome;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.subscription.CreatedSubscription;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.Purpose;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.SubscriptionState;
import io.gongxin.subscription.Subscriptions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The subscriptions page: a subscriber's own subscriptions (the credit office sees all)
 * and the form.
 */
@Controller
@RequestMapping("/subscriptions")
class SubscriptionPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Subscriptions subscriptions;

	private final SubscriptionDesk desk;

	private final Providers providers;

	private final Clock clock;

	SubscriptionPageController(Subscriptions subscriptions, SubscriptionDesk desk, Providers providers, Clock clock) {
		this.subscriptions = subscriptions;
		this.desk = desk;
		this.providers = providers;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(SubscriptionController.SUBSCRIBERS)
	String page(Model model) {
		Actor actor = CurrentActor.get().orElseThrow();
		SubscriberKind kind = SubscriptionController.kindOf(actor);
		List<Subscription> list = (kind == null) ? this.subscriptions.list(null, null, null, 200)
				: this.subscriptions.list(kind, actor.departmentCode(), null, 200);
		model.addAttribute("subscriptions", list);
		model.addAttribute("types", this.desk.typesFor(kind));
		model.addAttribute("purposes",
				Arrays.stream(Purpose.values()).filter(p -> kind == null || p.fits(kind)).toList());
		model.addAttribute("office", kind == null);
		model.addAttribute("kinds", SubscriberKind.values());
		model.addAttribute("view", this);
		return "subscription/subscriptions";
	}

	@PostMapping
	@PreAuthorize(SubscriptionController.SUBSCRIBERS)
	String create(@RequestParam(required = false) List<String> eventTypes,
			@RequestParam(required = false) SubscriberKind subscriberKind,
			@RequestParam(required = false) String subscriberCode, @RequestParam(defaultValue = "") String subjectCodes,
			@RequestParam(defaultValue = "") String regionPrefix, @RequestParam(defaultValue = "") String categories,
			@RequestParam Purpose purpose, @RequestParam Delivery delivery,
			@RequestParam(defaultValue = "") String webhookUrl, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/subscriptions", () -> {
			SubscriptionController.Request request = new SubscriptionController.Request(subscriberKind,
					blank(subscriberCode), null, (eventTypes == null) ? Set.of() : Set.copyOf(eventTypes),
					split(subjectCodes), regionPrefix, null, split(categories), purpose, delivery, blank(webhookUrl));
			CreatedSubscription created = this.subscriptions
				.create(request.toNew(CurrentActor.get().orElseThrow(), this.providers));
			redirect.addFlashAttribute("secret", created.signingSecret());
			return "订阅已创建（编号 " + created.subscription().id() + "）。";
		});
	}

	@PostMapping("/{id}/state")
	@PreAuthorize(SubscriptionController.SUBSCRIBERS)
	String state(@PathVariable long id, @RequestParam SubscriptionState state, RedirectAttributes redirect) {
		SubscriptionController.requireOwner(this.subscriptions.get(id));
		this.subscriptions.setState(id, state);
		redirect.addFlashAttribute("notice", "订阅 " + id + " 现为：" + state.label() + "。");
		return "redirect:/subscriptions";
	}

	public String time(Instant instant) {
		return (instant == null) ? "—" : TIME.format(instant.atZone(this.clock.getZone()));
	}

	public String filter(Subscription subscription) {
		StringBuilder text = new StringBuilder();
		if (!subscription.filter().subjectCodes().isEmpty()) {
			text.append("名单 ").append(subscription.filter().subjectCodes().size()).append(" 个主体；");
		}
		if (subscription.filter().regionPrefix() != null) {
			text.append("地区 ").append(subscription.filter().regionPrefix()).append("；");
		}
		if (!subscription.filter().categories().isEmpty()) {
			text.append("类别 ").append(String.join("、", subscription.filter().categories())).append("；");
		}
		return text.isEmpty() ? "全部（在权限范围内）" : text.toString();
	}

	public String types(Subscription subscription) {
		return String.join("、",
				subscription.eventTypes()
					.stream()
					.map(type -> this.desk.typesFor(null)
						.stream()
						.filter(t -> t.type().equals(type))
						.map(SubscriptionDesk.EventTypeView::title)
						.findFirst()
						.orElse(type))
					.sorted()
					.toList());
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Set<String> split(String list) {
		Set<String> values = new LinkedHashSet<>();
		for (String value : list.split("[\\s,，；;、]+")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

}
