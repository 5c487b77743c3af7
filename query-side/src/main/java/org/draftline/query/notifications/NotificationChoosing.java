package org.draftline.query.notifications;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.notification.ChooseNotifications;
import org.draftline.api.notification.FindNotificationChoices;
import org.draftline.api.notification.NotificationChoices;
import org.draftline.api.rules.NegotiationRule;
import org.draftline.api.rules.RuleViolation;
import org.draftline.platform.axon.QueryReader;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An account's e-mail choices: read and set by the API here, and by the pages through
 * {@link FindNotificationChoices} and {@link ChooseNotifications}, always for the actor the message
 * travels with.
 */
@Component
class NotificationChoosing {

    private static final int LONGEST_ADDRESS = 254;

    private final Preferences preferences;
    private final MailOutbox mails;
    private final Clock clock;

    NotificationChoosing(Preferences preferences, MailOutbox mails, Clock clock) {
        this.preferences = preferences;
        this.mails = mails;
        this.clock = clock;
    }

    NotificationChoices of(Actor actor) {
        return answer(preferences.find(actor.username())
                .orElse(Preferences.Preference.none(actor.username(), actor.role())));
    }

    NotificationChoices choose(Actor actor, ChooseNotifications choices) {
        Preferences.Preference preference = new Preferences.Preference(actor.username(), actor.role(),
                email(choices.email()), zone(choices.zone()), topics(choices.topics()));
        preferences.save(preference, clock.instant());
        return answer(preference);
    }

    @CommandHandler
    NotificationChoices handle(ChooseNotifications command, MetaData metaData) {
        return choose(Actor.fromMetaData(metaData), command);
    }

    @QueryHandler
    NotificationChoices handle(FindNotificationChoices query, MetaData metaData) {
        Actor reader = QueryReader.of(metaData).orElseThrow(() -> notYours(query));
        if (!reader.username().equals(query.username())) {
            throw notYours(query);
        }
        return of(reader);
    }

    private static RuleViolation notYours(FindNotificationChoices query) {
        return new RuleViolation(NegotiationRule.NOT_YOUR_DELEGATION,
                "an account reads its own notification choices, not those of " + query.username());
    }

    private NotificationChoices answer(Preferences.Preference preference) {
        return new NotificationChoices(preference.email(), preference.zone().getId(),
                preference.topics().stream().map(Topic::name).toList(),
                Arrays.stream(Topic.values()).map(Topic::name).toList(), mails.mailConfigured());
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

    private static List<Topic> topics(List<String> topics) {
        Set<Topic> chosen = EnumSet.noneOf(Topic.class);
        for (String topic : topics) {
            try {
                chosen.add(Topic.valueOf(topic));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new InvalidValue("topics: '" + topic + "' is no topic; the topics are "
                        + Arrays.toString(Topic.values()));
            }
        }
        return List.copyOf(chosen);
    }
}
