package org.draftline.query.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The signed-in account's e-mail address, zone and the topics it hears of. */
@RestController
@RequestMapping("/api/account/notifications")
@Tag(name = "Subscriptions")
class AccountNotificationController {

    private static final int LONGEST_ADDRESS = 254;

    private final Preferences preferences;
    private final MailOutbox mails;
    private final Clock clock;

    AccountNotificationController(Preferences preferences, MailOutbox mails, Clock clock) {
        this.preferences = preferences;
        this.mails = mails;
        this.clock = clock;
    }

    record Choices(String email, String zone, List<Topic> topics) {
    }

    record Settings(String email, String zone, List<Topic> topics, List<Topic> availableTopics, boolean mailSent) {
    }

    @GetMapping
    @Operation(summary = "The caller's e-mail address, zone and chosen topics; mailSent says whether this "
            + "Draftline has a mail server")
    Settings get(Actor actor) {
        return settings(preferences.find(actor.username())
                .orElse(Preferences.Preference.none(actor.username(), actor.role())));
    }

    @PutMapping
    @Operation(summary = "Sets the caller's {email, zone, topics}: no email, no mail; zone defaults to "
            + "America/New_York")
    Settings put(@RequestBody Choices choices, Actor actor) {
        Preferences.Preference preference = new Preferences.Preference(actor.username(), actor.role(),
                email(choices.email()), zone(choices.zone()), topics(choices.topics()));
        preferences.save(preference, clock.instant());
        return settings(preference);
    }

    private Settings settings(Preferences.Preference preference) {
        return new Settings(preference.email(), preference.zone().getId(), preference.topics(),
                Arrays.asList(Topic.values()), mails.mailConfigured());
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        if (address.length() > LONGEST_ADDRESS) {
            throw new InvalidValue("email: at most " + LONGEST_ADDRESS + " characters");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(address) || !address.contains("@")
                    || address.chars().anyMatch(character -> character < 0x21 || character == 0x7f)) {
                throw new AddressException("only the address itself, such as delegate@mission.example");
            }
        } catch (AddressException invalid) {
            throw new InvalidValue("email: not an e-mail address: " + invalid.getMessage());
        }
        return address;
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Preferences.NEW_YORK;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException unknown) {
            throw new InvalidValue("zone: '" + zone + "' is no time zone; name a region such as Europe/Brussels");
        }
    }

    private static List<Topic> topics(List<Topic> topics) {
        if (topics == null) {
            return List.of();
        }
        if (topics.contains(null)) {
            throw new InvalidValue("topics: a topic is one of " + Arrays.toString(Topic.values()));
        }
        Set<Topic> chosen = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
        return List.copyOf(chosen);
    }
}
