package io.gongxin.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.DraftProposal;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each protected endpoint, called by every role and anonymously: the allowed roles get
 * through, everyone else is refused with the right problem code. Department-scoped
 * endpoints are also called for a foreign department.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

	static final String OWN = "GZ-SCJGJ";

	static final Path INVENTORY = Path.of("docs/endpoints.md");

	/**
	 * Protected endpoints the matrix leaves to their own tests, each with the reason:
	 * calling them as every role would end the session the other calls use.
	 */
	static final Set<String> NOT_IN_MATRIX = Set.of("POST /logout");

	static final String FOREIGN = "GZ-STJ";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	/** The organisation the enterprise user is bound to, and whose reports are issued. */
	static final String ENTERPRISE_USCC = CheckCharacters.uscc("91440101MA5ACCM1");

	static final String PASSWORD = "enterprise-password-1";

	/**
	 * The natural person the PERSON caller is (persons sign in only through the identity
	 * provider: the matrix presents the signed-in person directly).
	 */
	static final String PERSON_ID = CheckCharacters.citizenId("44010619900307123");

	static long subjectId;

	/** A catalog draft the draft pages are called on. */
	static long draftId;

	@Autowired
	CatalogDrafts drafts;

	@Autowired
	Subjects subjects;

	@Autowired
	io.gongxin.exchange.Agencies agencies;

	@Autowired
	io.gongxin.content.Articles articles;

	/** A portal article the editor's pages are called on. */
	static long articleId;

	/** The agency the AGENCY key (bound to {@link #OWN}) reads its feed as. */
	static long agencyId;

	/** An agency whose status the matrix changes. */
	static long otherAgencyId;

	final Map<Role, String> keys = new EnumMap<>(Role.class);

	/** Enterprise users sign in as people (they get no API keys): a real form sign-in. */
	MockHttpSession enterpriseSession;

	@BeforeAll
	void setUp() throws Exception {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(OWN, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0));
			this.providers.register(new Provider(FOREIGN, "广州市生态环境局", null, "440100", true, 0));
			subjectId = this.subjects
				.register(new NewSubject(SubjectType.ENTERPRISE, "广州访问矩阵有限公司", SubjectKey.uscc(ENTERPRISE_USCC), null,
						null, null, null, null), "test")
				.value();
			this.accounts.createEnterpriseUser("enterprise.matrix", "法人用户", PASSWORD, ENTERPRISE_USCC);
			this.subjects.register(new NewSubject(SubjectType.NATURAL_PERSON, "访问矩阵个人", SubjectKey.citizenId(PERSON_ID),
					null, null, null, null, null), "test");
			draftId = this.drafts.propose(new DraftProposal("MATRIX-DRAFT", "访问矩阵草案", null, null)).id().value();
			agencyId = this.agencies
				.register(new io.gongxin.exchange.NewAgency(OWN, "访问矩阵信用服务有限公司",
						CheckCharacters.uscc("91440101MA5AGCY1"), "MATRIX-001", "中国人民银行广东省分行", Set.of("XZCF"), null))
				.agency()
				.id();
			otherAgencyId = this.agencies
				.register(new io.gongxin.exchange.NewAgency("AG-MATRIX", "访问矩阵状态测试有限公司",
						CheckCharacters.uscc("91440101MA5AGCY2"), "MATRIX-002", "中国人民银行广东省分行", Set.of("XZCF"), null))
				.agency()
				.id();
			articleId = this.articles
				.create(new io.gongxin.content.ArticleDraft(io.gongxin.content.Column.NEWS, "访问矩阵文章", null, "正文",
						"市信用办", null, null, false))
				.id();
		});
		for (Role role : Role.values()) {
			if (!role.subjectBound()) {
				this.keys.put(role, ApiKeys.issue(this.accounts, role, role.departmentBound() ? OWN : null));
			}
		}
		this.enterpriseSession = (MockHttpSession) this.mvc
			.perform(formLogin("/login").user("enterprise.matrix").password(PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/**
	 * @param page a browser page: refusals are plain 403 pages and anonymous callers are
	 * sent to the sign-in page; a POST body is form fields {@code name=value&...}
	 */
	record Endpoint(HttpMethod method, String path, String body, boolean page, Role... allowed) {

		Endpoint(HttpMethod method, String path, String body, Role... allowed) {
			this(method, path, body, false, allowed);
		}

		boolean allows(Role role) {
			return Stream.of(this.allowed).anyMatch(role::equals);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * The matrix: the rows written here, with bodies and states that make the allowed
	 * calls succeed, and every plain GET of the inventory (no path variable, no parameter
	 * needed) not among them, so a new page or list is called as every role without being
	 * listed.
	 */
	Stream<Endpoint> endpoints() {
		List<Endpoint> written = declared().toList();
		Stream<Endpoint> plain = EndpointInventory.of(this.mappings.getHandlerMethods())
			.stream()
			.filter(entry -> !entry.isPublic() && entry.plainGet() && !NOT_IN_MATRIX.contains("GET " + entry.pattern()))
			.filter(entry -> written.stream()
				.noneMatch(row -> entry.matches(row.method().name(), concrete(row.path()))))
			.map(entry -> new Endpoint(HttpMethod.GET, entry.pattern(), null, entry.page(),
					entry.roles().toArray(Role[]::new)));
		return Stream.concat(written.stream(), plain);
	}

	static Stream<Endpoint> declared() {
		return Stream.of(new Endpoint(HttpMethod.GET, "/api/providers", null, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/providers/" + OWN, null, Role.OFFICER, Role.REVIEWER, Role.ADMIN,
						Role.PROVIDER),
				new Endpoint(HttpMethod.POST, "/api/providers",
						"{\"code\":\"NEW-%s\",\"name\":\"新部门%s\",\"divisionCode\":\"440100\"}", Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/providers/" + OWN + "/jurisdiction", null, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN, Role.PROVIDER),
				new Endpoint(HttpMethod.PUT, "/api/providers/" + OWN + "/jurisdiction",
						"{\"outside\":\"REFUSE\",\"units\":[{\"uscc\":\"" + Penalties.AUTHORITY
								+ "\",\"name\":\"广州市市场监督管理局\"}]}",
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/users", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/api-keys", null, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/admin/api-keys", "{\"name\":\"k%s\",\"role\":\"OFFICER\"}",
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/audit/verification", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/audit/events", null, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/admin/audit/seals", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/actuator/prometheus", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/actuator/sbom/application", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/identifiers/missed-corrections", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/identifiers/duplicates", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/admin/users",
						"{\"username\":\"u%s\",\"displayName\":\"法人%s\",\"password\":\"" + PASSWORD
								+ "\",\"role\":\"ENTERPRISE\",\"uscc\":\"" + ENTERPRISE_USCC + "\"}",
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/reports", "{\"type\":\"ORGANISATION\",\"subjectId\":SUBJECT}",
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/reports/preview",
						"{\"type\":\"ORGANISATION\",\"subjectId\":SUBJECT}", Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/my/reports", null, Role.ENTERPRISE),
				new Endpoint(HttpMethod.GET, "/my/reports", null, true, Role.ENTERPRISE),
				new Endpoint(HttpMethod.POST, "/my/reports", "type=ORGANISATION", true, Role.ENTERPRISE),
				new Endpoint(HttpMethod.GET, "/api/me", null, Role.values()),
				// a person's own file (personal self-service)
				new Endpoint(HttpMethod.GET, "/my/file", null, true, Role.PERSON),
				new Endpoint(HttpMethod.GET, "/my/file/readers", null, true, Role.PERSON),
				new Endpoint(HttpMethod.POST, "/my/file/report", "x=1", true, Role.PERSON),
				// outbox operations (issue 14)
				new Endpoint(HttpMethod.GET, "/api/ops/outbox", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/ops/outbox/dead-letters", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/ops/outbox/endpoints", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/ops/outbox/event-publications", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/ops/outbox/event-publications/resubmit", null, Role.OFFICER,
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/ops/outbox/messages/1/attempts", null, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/ops/outbox", null, true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/admin/calendar", null, true, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/admin/api-keys", null, true, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/admin/users", null, true, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/admin/known-irregular", null, true, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/console/name-discrepancies", null, true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/console/name-discrepancies/999999999/decision", "accept=false", true,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/admin/audit?actor=nobody", null, true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/audit/verification", "x=1", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/known-irregular", "code=x&note=y", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/known-irregular/NOTLISTED1/removal", "x=1", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/users", "username=x&displayName=x&password=short&role=OFFICER",
						true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/users/nobody.here/enabled", "enabled=true", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/api-keys", "name=matrix&role=OFFICER", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/api-keys/00000000-0000-0000-0000-000000000000/revocation", "x=1",
						true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/calendar/preview", "year=1990&notice=x", true, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/admin/calendar/years", "year=1990&notice=x", true, Role.ADMIN),
				// department inbox (issue 14)
				new Endpoint(HttpMethod.GET, "/api/inbox/tasks?department=" + OWN, null, Role.PROVIDER, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/inbox/overdue?department=" + OWN, null, Role.PROVIDER, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/inbox/near-due?department=" + OWN, null, Role.PROVIDER, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/inbox/statistics?department=" + OWN, null, Role.PROVIDER,
						Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/inbox/backlog", null, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/inbox?department=" + OWN, null, true, Role.PROVIDER, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/inbox/overview", null, true, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				// subscriptions (issue 14)
				new Endpoint(HttpMethod.GET, "/api/subscriptions", null, Role.PROVIDER, Role.BANK, Role.OFFICER,
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/subscriptions/event-types", null, Role.PROVIDER, Role.BANK,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/subscriptions",
						"{\"eventTypes\":[\"creditfile.item-published\"],\"subjectCodes\":[\"" + ENTERPRISE_USCC
								+ "\"],\"purpose\":\"PURPOSE\",\"delivery\":\"PULL\"}",
						Role.PROVIDER, Role.BANK, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/subscriptions", null, true, Role.PROVIDER, Role.BANK, Role.OFFICER,
						Role.ADMIN),
				// lists and measures (issue 15)
				new Endpoint(HttpMethod.GET, "/api/lists/subjects/1", null, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/measures/review", null, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/measures/NB-01/revisions", null, Role.OFFICER, Role.REVIEWER,
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/measures",
						"{\"code\":\"AM-01\",\"list\":\"SUPPLEMENTARY_SANCTION\",\"kind\":\"MANAGEMENT\",\"name\":\"访问矩阵措施\","
								+ "\"content\":\"测试\",\"action\":\"测试\",\"legalBasis\":\"《广东省社会信用条例》\","
								+ "\"trigger\":\"SEVERE_DISHONESTY\",\"targets\":[\"LEGAL_REPRESENTATIVE\"],\"scenarios\":[\"HONORS\"]}",
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/checks",
						"{\"scenario\":\"GOVERNMENT_PROCUREMENT\",\"subjects\":[{\"uscc\":\"" + ENTERPRISE_USCC
								+ "\"}],\"department\":\"" + OWN + "\"}",
						Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/checks", null, Role.PROVIDER, Role.OFFICER, Role.REVIEWER,
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/checks/statistics", null, Role.PROVIDER, Role.OFFICER, Role.REVIEWER,
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/checks", null, true, Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/measures", null, true, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/measures",
						"code=AM-02&list=SUPPLEMENTARY_SANCTION&kind=MANAGEMENT&name=访问矩阵措施&content=测试&action=测试"
								+ "&legalBasis=《广东省社会信用条例》&trigger=SEVERE_DISHONESTY&targets=SUBJECT&scenarios=HONORS",
						true, Role.OFFICER, Role.ADMIN),
				// catalog draft pages; DRAFT is a draft proposed in setUp, published last
				new Endpoint(HttpMethod.GET, "/catalog/drafts/DRAFT", null, true, Role.OFFICER, Role.REVIEWER,
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/catalog/drafts/DRAFT/categories/XZCF", null, true, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/catalog/drafts/DRAFT/categories/XZCF/fields/CF_WSH", null, true,
						Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/catalog/drafts/DRAFT/code-lists/CFLB", null, true, Role.OFFICER,
						Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/catalog/drafts/DRAFT/categories/new", null, true, Role.OFFICER,
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/catalog/drafts", "label=M%s&title=访问矩阵草案", true, Role.OFFICER,
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/catalog/drafts/DRAFT/code-lists/XKZT", "name=许可当前状态&entries=1 有效", true,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/catalog/drafts/DRAFT/categories/XZCF/fields/BZ",
						"name=备注&type=TEXT&requirement=OPTIONAL", true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/catalog/drafts/DRAFT/publication", "effectiveFrom=2045-01-01", true,
						Role.ADMIN),
				// sharing with departments and licensed agencies (exchange)
				new Endpoint(HttpMethod.POST, "/api/exchange/shares",
						"{\"purpose\":\"SUPERVISION\",\"codes\":[\"" + ENTERPRISE_USCC + "\"]}", Role.PROVIDER,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/exchange/shares/csv",
						"{\"purpose\":\"SUPERVISION\",\"codes\":[\"" + ENTERPRISE_USCC + "\"]}", Role.PROVIDER,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/exchange/shares/sets",
						"{\"name\":\"矩阵%s\",\"purpose\":\"SUPERVISION\",\"codes\":[\"" + ENTERPRISE_USCC
								+ "\"],\"department\":\"" + OWN + "\"}",
						Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/exchange/shares", "purpose=SUPERVISION&text=" + ENTERPRISE_USCC, true,
						Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/exchange/shares/csv", "purpose=SUPERVISION&text=" + ENTERPRISE_USCC,
						true, Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/exchange/shares/sets",
						"name=矩阵%s&purpose=SUPERVISION&department=" + OWN + "&text=" + ENTERPRISE_USCC, true,
						Role.PROVIDER, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/exchange/agencies",
						"{\"code\":\"AG-%s\",\"name\":\"矩阵机构\",\"uscc\":\"AGENCY_USCC\",\"filingNumber\":\"F-%s\","
								+ "\"filingAuthority\":\"中国人民银行广东省分行\",\"categories\":[\"XZCF\"]}",
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/exchange/agencies/AGENCYID", null, Role.OFFICER, Role.REVIEWER,
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/exchange/agencies/OTHERAGENCY/status",
						"{\"status\":\"SUSPENDED\",\"reason\":\"访问矩阵\"}", Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/exchange/agencies",
						"code=AG-P%s&name=矩阵机构&uscc=" + CheckCharacters.uscc("91440101MA5AGCY3")
								+ "&filingNumber=MATRIX-P&filingAuthority=人民银行&categories=XZCF",
						true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/exchange/agencies/OTHERAGENCY/status", "status=SUSPENDED&reason=访问矩阵",
						true, Role.OFFICER, Role.ADMIN),
				// portal content (政策与公告); ARTICLE is a draft written in setUp
				new Endpoint(HttpMethod.POST, "/content", "column=NEWS&title=矩阵%s&source=市信用办&body=正文", true,
						Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/content/ARTICLE/edit", null, true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/content/ARTICLE/preview", null, true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/content/ARTICLE/revisions/1", null, true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/content/ARTICLE",
						"column=NEWS&title=矩阵%s&source=市信用办&body=正文&revision=1&action=preview", true, Role.OFFICER,
						Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/content/ARTICLE/publication", "x=1", true, Role.OFFICER, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/content/ARTICLE/withdrawal", "reason=访问矩阵", true, Role.OFFICER,
						Role.ADMIN));
	}

	Stream<Arguments> matrix() {
		return endpoints().flatMap(endpoint -> Stream.of(Role.values()).map(role -> Arguments.of(endpoint, role)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void eachRoleIsAllowedOrRefusedAsDeclared(Endpoint endpoint, Role role) throws Exception {
		MockHttpServletRequestBuilder call = call(endpoint, role.name());
		if (role == Role.PERSON) {
			call.with(authentication(caller(role))).with(csrf());
		}
		else if (role.subjectBound()) {
			call.session(this.enterpriseSession).with(csrf());
		}
		else {
			call.header("X-API-Key", this.keys.get(role));
		}
		var result = this.mvc.perform(call);
		if (endpoint.allows(role) && endpoint.page() && endpoint.method() == HttpMethod.POST) {
			// a page form answers with its result (a PDF), with post-redirect-get to a
			// page, or with its page again when what was sent is refused (422): never
			// with
			// the sign-in page or a refusal of access
			MockHttpServletResponse response = result.andReturn().getResponse();
			assertThat(response.getStatus()).satisfiesAnyOf(status -> assertThat(status).isBetween(200, 399),
					status -> assertThat(status).isEqualTo(422));
			assertThat(String.valueOf(response.getRedirectedUrl())).doesNotEndWith("/login");
		}
		else if (endpoint.allows(role)) {
			result.andExpect(status().is2xxSuccessful());
		}
		else if (endpoint.page()) {
			result.andExpect(status().isForbidden());
		}
		else {
			result.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("GX-SEC-002"));
		}
	}

	@ParameterizedTest(name = "{0} anonymously")
	@MethodSource("endpoints")
	void anonymousCallersAreAskedToAuthenticate(Endpoint endpoint) throws Exception {
		if (endpoint.page()) {
			this.mvc.perform(call(endpoint, "ANON").with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
			return;
		}
		this.mvc.perform(call(endpoint, "ANON"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-001"));
	}

	/**
	 * Writes {@code docs/endpoints.md} from the code and holds the matrix to it: each row
	 * is a real endpoint and expects exactly the roles its declaration lets through.
	 */
	@Test
	void theMatrixExpectsTheRolesTheCodeDeclares() throws Exception {
		List<EndpointInventory.Entry> inventory = EndpointInventory.of(this.mappings.getHandlerMethods());
		Files.writeString(INVENTORY, EndpointInventory.render(inventory), StandardCharsets.UTF_8);
		List<String> unknown = new ArrayList<>();
		List<String> otherRoles = new ArrayList<>();
		Set<EndpointInventory.Entry> called = new HashSet<>();
		endpoints().forEach(row -> {
			List<EndpointInventory.Entry> entries = EndpointInventory
				.reached(inventory, row.method().name(), concrete(row.path()))
				.stream()
				.toList();
			// the actuator is not a request mapping: its URL rules are in the security
			// configuration
			if (entries.isEmpty() && !row.path().startsWith("/actuator/")) {
				unknown.add(row.toString());
			}
			for (EndpointInventory.Entry entry : entries) {
				called.add(entry);
				Set<Role> expected = EnumSet.noneOf(Role.class);
				expected.addAll(List.of(row.allowed()));
				if (!expected.equals(entry.roles())) {
					otherRoles.add(row + ": matrix " + expected + ", code " + entry.roles());
				}
			}
		});
		long open = inventory.stream().filter(EndpointInventory.Entry::isPublic).count();
		System.out.printf("endpoint inventory: %d endpoints, %d public; %d called over HTTP as every role%n",
				inventory.size(), open, called.size());
		assertThat(inventory).hasSizeGreaterThan(100);
		assertThat(unknown).as("matrix rows that are no endpoint").isEmpty();
		assertThat(otherRoles).as("matrix rows expecting other roles than the code declares").isEmpty();
	}

	/**
	 * Every protected endpoint of the inventory, the ones the HTTP matrix cannot call
	 * with a valid request included, as every role: the method security lets the declared
	 * roles through (evaluated as the interceptor does) and refuses the others when the
	 * handler is called through its proxy, before it runs.
	 */
	@Test
	void everyProtectedEndpointLetsThroughExactlyTheDeclaredRoles() throws Exception {
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(this.context);
		PreAuthorizeAuthorizationManager declarations = new PreAuthorizeAuthorizationManager();
		declarations.setExpressionHandler(expressions);
		declarations.setApplicationContext(this.context);
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (EndpointInventory.Entry entry : EndpointInventory.of(this.mappings.getHandlerMethods())) {
			if (entry.isPublic()) {
				continue;
			}
			HandlerMethod handler = entry.handler();
			Object proxy = this.context.getBean((String) handler.getBean());
			Method method = handler.getMethod();
			method.setAccessible(true);
			Object[] arguments = arguments(method);
			for (Role role : Role.values()) {
				Authentication caller = caller(role);
				boolean declared = entry.roles().contains(role);
				boolean granted = as(caller,
						() -> declarations.authorize(() -> caller, new SimpleMethodInvocation(proxy, method, arguments))
							.isGranted());
				if (granted != declared) {
					wrong.add(entry.method() + " " + entry.pattern() + " as " + role + ": granted " + granted);
				}
				if (!declared && !refusedThroughProxy(proxy, method, arguments, caller)) {
					wrong.add(entry.method() + " " + entry.pattern() + " as " + role + ": ran through its proxy");
				}
				checked++;
			}
		}
		System.out.printf("method security: %d endpoint and role pairs checked%n", checked);
		assertThat(checked).isGreaterThan(1000);
		assertThat(wrong).isEmpty();
	}

	private static boolean refusedThroughProxy(Object proxy, Method method, Object[] arguments, Authentication caller) {
		return as(caller, () -> {
			try {
				method.invoke(proxy, arguments);
				return false;
			}
			catch (InvocationTargetException ex) {
				return ex.getCause() instanceof AccessDeniedException;
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Department scope reads the caller from the security context, as in a request. */
	private static boolean as(Authentication caller, BooleanSupplier check) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(caller);
		SecurityContextHolder.setContext(context);
		try {
			return check.getAsBoolean();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * The caller as the sign-in or the API key would present it, of the own department.
	 */
	private static Authentication caller(Role role) {
		Actor actor = new Actor("matrix-" + role.name().toLowerCase(java.util.Locale.ROOT), role,
				role.departmentBound() ? OWN : null, (role == Role.ENTERPRISE) ? ENTERPRISE_USCC : null,
				(role == Role.PERSON) ? PERSON_ID : null);
		return UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

	/**
	 * Arguments the declarations can read: the own department for a department code,
	 * nothing else (a refused call never reaches the handler).
	 */
	private static Object[] arguments(Method method) {
		Parameter[] parameters = method.getParameters();
		Object[] arguments = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			Class<?> type = parameters[i].getType();
			if (type == String.class) {
				arguments[i] = OWN;
			}
			else if (type == long.class) {
				arguments[i] = 0L;
			}
			else if (type == int.class) {
				arguments[i] = 0;
			}
			else if (type == boolean.class) {
				arguments[i] = false;
			}
			else if (type.isPrimitive()) {
				throw new IllegalStateException("no argument for " + method);
			}
		}
		return arguments;
	}

	@Test
	void enterpriseUsersGetNoApiKeys() throws Exception {
		this.mvc
			.perform(request(HttpMethod.POST, "/api/admin/api-keys").header("X-API-Key", this.keys.get(Role.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"enterprise-key\",\"role\":\"ENTERPRISE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-018"));
	}

	@Test
	void aPersonCannotPrintTheReportOfAnotherSubject() throws Exception {
		this.mvc
			.perform(request(HttpMethod.POST, "/my/file/report").param("subjectId", String.valueOf(subjectId))
				.with(authentication(caller(Role.PERSON)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProviderClerkCannotReadAnotherDepartment() throws Exception {
		this.mvc
			.perform(request(HttpMethod.GET, "/api/providers/" + FOREIGN).header("X-API-Key",
					this.keys.get(Role.PROVIDER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRevokedOrForgedKeyIsRefusedOutright() throws Exception {
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", "gx_forged_key"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-005"));
		IssuedApiKey key = SystemActor.callAs("test",
				() -> this.accounts.issueApiKey("short-lived", Role.OFFICER, null));
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", key.secret()))
			.andExpect(status().isOk());
		SystemActor.runAs("test", () -> this.accounts.revokeApiKey(key.id()));
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", key.secret()))
			.andExpect(status().isUnauthorized());
	}

	private static String concrete(String path) {
		return path.replace("DRAFT", String.valueOf(draftId))
			.replace("SUBJECT", String.valueOf(subjectId))
			.replace("OTHERAGENCY", String.valueOf(otherAgencyId))
			.replace("AGENCYID", String.valueOf(agencyId))
			.replace("ARTICLE", String.valueOf(articleId));
	}

	private static MockHttpServletRequestBuilder call(Endpoint endpoint, String suffix) {
		MockHttpServletRequestBuilder builder = request(endpoint.method(), concrete(endpoint.path()));
		String unique = suffix + Long.toString(System.nanoTime(), 36).toUpperCase();
		if (endpoint.page() && endpoint.body() != null) {
			for (String field : endpoint.body().formatted(unique).split("&")) {
				String[] pair = field.split("=", 2);
				builder.param(pair[0], pair[1]);
			}
		}
		else if (endpoint.body() != null) {
			builder.contentType(MediaType.APPLICATION_JSON)
				.content(endpoint.body()
					.replace("SUBJECT", String.valueOf(subjectId))
					// a subscription's purpose must fit who subscribes
					.replace("PURPOSE", suffix.equals("BANK") ? "LENDING" : "SUPERVISION")
					// an agency is registered once per credit code: one code per caller
					.replace("AGENCY_USCC",
							CheckCharacters.uscc(
									"91440101MA" + String.format("%06d", Math.floorMod(suffix.hashCode(), 1_000_000))))
					.formatted(unique, unique));
		}
		return builder;
	}

}
