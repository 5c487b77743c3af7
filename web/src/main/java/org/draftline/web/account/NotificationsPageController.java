package org.draftline.web.account;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.draftline.api.InvalidValue;
import org.draftline.api.actor.Actor;
import org.draftline.api.notification.ChooseNotifications;
import org.draftline.api.notification.FindNotificationChoices;
import org.draftline.api.notification.NotificationChoices;
import org.draftline.web.Forms;
import org.draftline.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The signed-in account's e-mail notifications as a form: its address, its zone and the topics it hears
 * of, read and set through the query side's messages, as the API sets them.
 */
@Controller
@RequestMapping("/account/notifications")
class NotificationsPageController {

    static final String FORM = "notifications";

    private final QueryGateway queries;
    private final CommandGateway commands;

    NotificationsPageController(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping
    String show(Authentication authentication, @RequestParam(required = false) String saved, Model model) {
        Actor actor = Forms.actor(authentication);
        if (saved != null) {
            model.addAttribute("notice", "Your e-mail notifications are saved.");
        }
        NotificationChoices choices = queries.query(new FindNotificationChoices(actor.username()),
                NotificationChoices.class).join();
        model.addAttribute("choices", choices);
        return "notifications";
    }

    @PostMapping
    String choose(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        Actor actor = Forms.actor(authentication);
        String email = request.getParameter("email");
        String zone = request.getParameter("zone");
        List<String> topics = Forms.repeated(request, "topics");
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChooseNotifications(email, zone, topics))
                    .andMetaData(actor.toMetaData()));
        } catch (RuntimeException failure) {
            InvalidValue invalid = invalid(failure);
            NotificationChoices current = queries.query(new FindNotificationChoices(actor.username()),
                    NotificationChoices.class).join();
            // what was typed stays in the form, with the problem beside its field
            model.addAttribute("choices", new NotificationChoices(email, zone, topics, current.availableTopics(),
                    current.mailSent()));
            model.addAttribute("problem", new Problem(FORM, invalid.field(), "", invalid.reason()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "notifications";
        }
        return "redirect:/account/notifications?saved";
    }

    private static InvalidValue invalid(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                return invalid;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        throw failure;
    }
}
