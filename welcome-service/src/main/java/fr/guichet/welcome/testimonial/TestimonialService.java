package fr.guichet.welcome.testimonial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.guichet.common.api.IfMatch;
import fr.guichet.common.api.OffsetCursor;
import fr.guichet.common.api.Page;
import fr.guichet.common.problem.ProblemException;
import fr.guichet.store.idempotency.IdempotencyKeys;
import fr.guichet.welcome.aid.AidCatalogue;
import fr.guichet.welcome.mail.LinkTokens;
import fr.guichet.welcome.mail.MailQueue;
import fr.guichet.welcome.policy.TestimonialPolicy;
import fr.guichet.welcome.testimonial.TestimonialInputs.ConsentInput;
import fr.guichet.welcome.testimonial.TestimonialInputs.TestimonialInput;
import fr.guichet.welcome.testimonial.TestimonialView.ConsentReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Testimonials: written as drafts by an organiser of the territory, published only once the person's consent is
 * recorded, withdrawn at any time by an organiser or by the person's link. The aid codes are checked with aids-service
 * before any transaction opens, so that a slow catalogue holds no database connection.
 */
@ApplicationScoped
public class TestimonialService {

    static final String PERSON = "person";
    private static final String RESOURCE = "testimonial";

    @Inject
    TestimonialRepository testimonials;

    @Inject
    TestimonialPolicy policy;

    @Inject
    AidCatalogue aids;

    @Inject
    MailQueue outbox;

    @Inject
    TestimonialLinks links;

    @Inject
    IdempotencyKeys keys;

    @Inject
    Clock clock;

    /** A new draft, or the first answer when a retry presents the same Idempotency-Key and body. */
    public TestimonialView create(TestimonialInput input, String idempotencyKey) {
        String organisation = policy.requireOrganiserIn(input.department());
        TestimonialRules.check(input, Instant.now(clock));
        aids.requireKnown(input.aidCodes(), "aidCodes");
        return QuarkusTransaction.requiringNew().call(() -> keys.once(policy.actor(), idempotencyKey, input,
                TestimonialView.class, () -> newDraft(input, organisation), TestimonialView::id));
    }

    private TestimonialView newDraft(TestimonialInput input, String organisation) {
        Instant now = Instant.now(clock);
        Testimonial t = new Testimonial();
        t.id = UUID.randomUUID();
        t.organisation = organisation;
        t.status = TestimonialStatus.DRAFT;
        t.createdAt = now;
        apply(t, input, now);
        testimonials.persist(t);
        testimonials.flush();
        return TestimonialView.of(t, true);
    }

    /** The whole description again; a change after the consent needs the person's consent (and a publication) again. */
    public TestimonialView replace(UUID id, String ifMatch, TestimonialInput input) {
        IfMatch.requirePresent(ifMatch, RESOURCE);
        policy.requireOrganiserIn(input.department());
        TestimonialRules.check(input, Instant.now(clock));
        aids.requireKnown(input.aidCodes(), "aidCodes");
        return QuarkusTransaction.requiringNew().call(() -> {
            Testimonial t = lockForChange(id, ifMatch);
            requireNotWithdrawn(t);
            Instant now = Instant.now(clock);
            if (t.consentRecorded()) {
                t.forgetConsent();
                t.status = TestimonialStatus.DRAFT;
                t.publishedAt = null;
                t.publishedBy = null;
            }
            apply(t, input, now);
            testimonials.flush();
            return TestimonialView.of(t, true);
        });
    }

    /** Records the person's consent to this draft; answers their withdrawal link once, and mails it to them if asked. */
    @Transactional
    public ConsentReceipt recordConsent(UUID id, String ifMatch, ConsentInput input) {
        Testimonial t = lockForChange(id, ifMatch);
        if (t.status != TestimonialStatus.DRAFT) {
            throw ProblemException.conflict("Consent is recorded on a draft; this testimonial is " + t.status + ".");
        }
        Instant now = Instant.now(clock);
        String token = LinkTokens.newToken();
        t.consentRecordedBy = policy.actor();
        t.consentRecordedAt = now;
        t.consentWordingVersion = input.wordingVersion().strip();
        t.photoConsent = input.photoConsent();
        t.withdrawalTokenHash = LinkTokens.hash(token);
        t.updatedAt = now;
        testimonials.flush();
        if (input.email() != null && !input.email().isBlank()) {
            outbox.queue(links.consentRecorded(input.email().strip(), t, token), now);
        }
        return new ConsentReceipt(TestimonialView.of(t, true), token, links.withdrawal(token));
    }

    /** Moderation: an organiser of the territory publishes a draft whose consent is recorded. */
    @Transactional
    public TestimonialView publish(UUID id, String ifMatch) {
        Testimonial t = lockForChange(id, ifMatch);
        if (t.status != TestimonialStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft is published; this testimonial is " + t.status + ".");
        }
        if (!t.consentRecorded()) {
            throw ProblemException.unprocessable("The person's consent is not recorded: record it (POST /testimonials/"
                    + id + "/consent) before publishing.");
        }
        Instant now = Instant.now(clock);
        t.status = TestimonialStatus.PUBLISHED;
        t.publishedAt = now;
        t.publishedBy = policy.actor();
        t.updatedAt = now;
        testimonials.flush();
        return TestimonialView.of(t, true);
    }

    @Transactional
    public TestimonialView withdraw(UUID id, String ifMatch) {
        Testimonial t = lockForChange(id, ifMatch);
        requireNotWithdrawn(t);
        t.withdraw(policy.actor(), Instant.now(clock));
        keys.forget(List.of(t.id));
        testimonials.flush();
        return TestimonialView.of(t, true);
    }

    /** The person withdraws through their link; a second click changes nothing. */
    @Transactional
    public void withdrawByPerson(String token) {
        Testimonial t = testimonials.lockedByWithdrawalToken(token)
                .orElseThrow(() -> ProblemException.notFound("This link opens no testimonial."));
        if (t.status != TestimonialStatus.WITHDRAWN) {
            t.withdraw(PERSON, Instant.now(clock));
            keys.forget(List.of(t.id));
        }
    }

    public TestimonialView get(UUID id) {
        Testimonial t = testimonials.findByIdOptional(id).orElseThrow(TestimonialPolicy::notFound);
        boolean manager = policy.manages(t.organisation, t.department);
        if (!t.publiclyVisible() && !manager) {
            throw TestimonialPolicy.notFound();
        }
        return TestimonialView.of(t, manager);
    }

    public Page<TestimonialView> listPublished(TestimonialFilter filter, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        Page<Testimonial> page = OffsetCursor.pageOfFetched(testimonials.published(filter, offset, limit + 1), offset, limit);
        return new Page<>(page.items().stream().map(t -> TestimonialView.of(t, false)).toList(), page.nextCursor());
    }

    public Page<TestimonialView> listManaged(TestimonialStatus status, String cursor, int limit) {
        int offset = OffsetCursor.decode(cursor);
        Page<Testimonial> page = OffsetCursor.pageOfFetched(
                testimonials.managed(policy.managedScope(), status, offset, limit + 1), offset, limit);
        return new Page<>(page.items().stream().map(t -> TestimonialView.of(t, true)).toList(), page.nextCursor());
    }

    private Testimonial lockForChange(UUID id, String ifMatch) {
        IfMatch.requirePresent(ifMatch, RESOURCE);
        Testimonial t = testimonials.locked(id).orElseThrow(TestimonialPolicy::notFound);
        policy.requireModerator(t.organisation, t.department, t.publiclyVisible());
        IfMatch.requireCurrent(ifMatch, t.version, RESOURCE);
        return t;
    }

    private static void requireNotWithdrawn(Testimonial t) {
        if (t.status == TestimonialStatus.WITHDRAWN) {
            throw ProblemException.conflict("This testimonial was withdrawn; it changes no more.");
        }
    }

    private static void apply(Testimonial t, TestimonialInput input, Instant now) {
        t.title = input.title().strip();
        t.story = input.story().strip();
        t.author = input.author().strip();
        t.videoUrl = blankToNull(input.videoUrl());
        t.photoRef = blankToNull(input.photoRef());
        t.department = input.department();
        t.communeInsee = input.communeInsee();
        t.practiceMode = input.practiceMode();
        t.settledYear = input.settledYear();
        t.aidCodes = input.aidCodes().stream().distinct().toArray(String[]::new);
        t.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
