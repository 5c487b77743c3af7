package org.draftline.query.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends an e-mail of the outbox through Spring's mail sender: plain text and HTML as alternatives. */
@Component
class MailPoster {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final ObjectMapper json;

    MailPoster(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties, ObjectMapper json) {
        this.mailSender = mailSender;
        this.properties = properties;
        this.json = json;
    }

    Deliveries.Attempt send(Outbox.Message message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return Deliveries.Attempt.failed("no mail server is configured (spring.mail.host)");
        }
        Mails.Mail mail = Mails.read(json, message.content());
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            mime.setHeader(WebhookPoster.EVENT_ID, message.key());
            sender.send(mime);
            return new Deliveries.Attempt(true, null, null);
        } catch (MessagingException | MailException failed) {
            return Deliveries.Attempt.failed(failed.toString());
        }
    }
}
