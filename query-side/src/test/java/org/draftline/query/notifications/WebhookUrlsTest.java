package org.draftline.query.notifications;

import org.draftline.api.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlsTest {

    private final WebhookUrls guarded = new WebhookUrls(false);
    private final WebhookUrls open = new WebhookUrls(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.8.9.10:8080/hook", "http://localhost/hook",
            "http://api.localhost/hook", "http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://192.168.1.1/hook",
            "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/hook", "http://100.64.0.1/hook",
            "http://[::1]/hook", "http://[fe80::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:127.0.0.1]/hook",
            "http://2130706433/hook"})
    void cannotPointAtThisMachineOrPrivateNetworks(String url) {
        assertThatThrownBy(() -> guarded.validate(url)).isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("url");
        assertThat(open.validate(url)).isEqualTo(URI.create(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::127.0.0.1]/hook", "http://[::10.0.0.1]/hook", "http://[64:ff9b::127.0.0.1]/hook",
            "http://[64:ff9b::169.254.169.254]/hook", "http://[2002:7f00:1::]/hook", "http://[2002:a9fe:a9fe::1]/hook",
            "http://255.255.255.255/hook", "http://240.0.0.1/hook"})
    void cannotReachThemThroughAddressesThatEmbedThemOrAreReserved(String url) {
        assertThatThrownBy(() -> guarded.validate(url)).isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://receiver.example:99999/hook", "http://receiver.example:65536/hook",
            "http://receiver.example:0/hook"})
    void cannotNameAPortThatNoCallCouldUse(String url) {
        assertThatThrownBy(() -> open.validate(url)).isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("url");
    }

    @org.junit.jupiter.api.Test
    void aDeliveryRefusedForWhereItsNameLeadsDoesNotTellTheOwnerTheAddress() {
        // a name registered by anyone, resolved by Draftline inside its network: the address it leads to is
        // none of the owner's business (else webhooks are an oracle of the internal DNS)
        assertThatThrownBy(() -> guarded.checkBeforeCalling(URI.create("http://localhost:8080/hook")))
                .isInstanceOf(InvalidValue.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("127.0.0.1")
                        .doesNotContain("0:0:0:0:0:0:0:1").contains("private"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://receiver.example/hook", "file:///etc/passwd", "https://user:secret@receiver.example/",
            "https:///no-host", "receiver.example/hook", "https://receiver.example/hook#part", "http://a b/"})
    void cannotBeAnythingButAPlainHttpUrl(String url) {
        assertThatThrownBy(() -> open.validate(url)).isInstanceOf(InvalidValue.class)
                .extracting(refusal -> ((InvalidValue) refusal).field()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://receiver.example/hook", "http://203.0.113.10:8443/draftline?key=1",
            "https://[2001:db8::1]/hook",
            "https://[64:ff9b::203.0.113.10]/hook", "https://[2002:cb00:710a::1]/hook", "https://receiver.example:65535/"})
    void mayPointAtPublicAddresses(String url) {
        assertThat(guarded.validate(url)).isEqualTo(URI.create(url));
    }
}
