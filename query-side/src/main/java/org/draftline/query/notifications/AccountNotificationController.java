package org.draftline.query.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.draftline.api.actor.Actor;
import org.draftline.api.notification.ChooseNotifications;
import org.draftline.api.notification.NotificationChoices;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's e-mail address, zone and the topics it hears of. */
@RestController
@RequestMapping("/api/account/notifications")
@Tag(name = "Subscriptions")
class AccountNotificationController {

    private final NotificationChoosing choosing;

    AccountNotificationController(NotificationChoosing choosing) {
        this.choosing = choosing;
    }

    @GetMapping
    @Operation(summary = "The caller's e-mail address, zone and chosen topics; mailSent says whether this "
            + "Draftline has a mail server")
    NotificationChoices get(Actor actor) {
        return choosing.of(actor);
    }

    @PutMapping
    @Operation(summary = "Sets the caller's {email, zone, topics}: no email, no mail; zone defaults to "
            + "America/New_York")
    NotificationChoices put(@RequestBody ChooseNotifications choices, Actor actor) {
        return choosing.choose(actor, choices);
    }
}
