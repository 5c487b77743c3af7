package org.draftline.platform.security;

import org.draftline.api.actor.Actor;
import org.draftline.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in account's feed token and the addresses to subscribe to with it. Reached only with the API's
 * own credentials (HTTP Basic, a bearer token): a feed token cannot read or rotate itself.
 */
@RestController
@RequestMapping("/api/feeds/token")
class FeedTokenController {

    private final FeedTokens tokens;

    FeedTokenController(FeedTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    ResponseEntity<?> token(Actor actor, Authentication signedIn) {
        return answer(actor, tokens.of(signedIn));
    }

    /** A new token for the account; every earlier one stops working at once. */
    @PostMapping
    ResponseEntity<?> rotate(Actor actor, Authentication signedIn) {
        return answer(actor, tokens.rotate(signedIn));
    }

    private static ResponseEntity<?> answer(Actor actor, Optional<String> token) {
        if (token.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "Feed tokens are "
                    + "made for Draftline's own accounts; a person signed in through the identity provider reads the "
                    + "feeds with a bearer token or the pages' session."));
        }
        String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String query = "?token=" + token.get();
        Map<String, Object> feeds = new LinkedHashMap<>();
        feeds.put("all", site + "/api/feeds/all" + query);
        feeds.put("document", site + "/api/feeds/documents/{id}" + query);
        Map<String, Object> calendars = new LinkedHashMap<>();
        calendars.put("document", site + "/api/calendars/documents/{id}" + query);
        if (actor.delegation() != null) {
            String code = actor.delegation().code();
            feeds.put("delegation", site + "/api/feeds/delegations/" + code + query);
            calendars.put("delegation", site + "/api/calendars/delegations/" + code + query);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", actor.username());
        body.put("token", token.get());
        body.put("feeds", feeds);
        body.put("calendars", calendars);
        return ResponseEntity.ok(body);
    }
}
