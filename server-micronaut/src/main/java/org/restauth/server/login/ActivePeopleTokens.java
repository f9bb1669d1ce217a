package org.restauth.server.login;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.restauth.core.limit.Admission;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenStore;

/**
 * A token approved for a person who was removed or disabled before auth.getSession is void: consuming it
 * answers nothing, so getSession refuses it as any unknown token, and no session is made for them.
 */
@Singleton
public class ActivePeopleTokens implements BeanCreatedEventListener<TokenStore> {
    private final BeanProvider<People> people;

    public ActivePeopleTokens(BeanProvider<People> people) {
        this.people = people;
    }

    @Override
    public TokenStore onCreated(BeanCreatedEvent<TokenStore> event) {
        TokenStore store = event.getBean();
        return store instanceof Checked ? store : new Checked(store, people);
    }

    private record Checked(TokenStore tokens, BeanProvider<People> people) implements TokenStore {
        @Override
        public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
            return tokens.create(token, apiKey, expiresAt, now);
        }

        @Override
        public CompletionStage<CreateResult> createAdmitted(String token, String apiKey, Instant expiresAt,
                                                            Instant now, List<Admission> admissions) {
            return tokens.createAdmitted(token, apiKey, expiresAt, now, admissions);
        }

        @Override
        public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
            return tokens.approve(token, apiKey, uid, now);
        }

        @Override
        public Optional<StoredToken> consume(String token, Instant now) {
            return tokens.consume(token, now).filter(t -> !t.isApproved() || people.get().active().test(t.uid()));
        }

        @Override
        public Optional<StoredToken> peek(String token, Instant now) {
            return tokens.peek(token, now);
        }

        @Override
        public long liveCount(Instant now) {
            return tokens.liveCount(now);
        }

        @Override
        public String toString() {
            return "ActivePeopleTokens[" + tokens + "]";
        }
    }
}
