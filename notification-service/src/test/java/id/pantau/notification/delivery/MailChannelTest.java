package id.pantau.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailChannelTest {

    @Test
    void aLoggedSmtpErrorNamesNoMailAddress() {
        String error = "Failed messages: jakarta.mail.SendFailedException: Invalid Addresses; nested exception is: "
                + "550 5.1.1 <Inspektorat@Bandung.go.id>: Recipient address rejected, from pantau-inovasi@localhost";

        assertThat(MailChannel.withoutAddresses(error))
                .isEqualTo("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses; nested exception is: "
                        + "550 5.1.1 <<address>>: Recipient address rejected, from <address>");
    }

    @Test
    void anErrorWithoutAddressesIsLoggedAsItIs() {
        assertThat(MailChannel.withoutAddresses("Couldn't connect to host, port: 127.0.0.1, 3025; timeout 2000"))
                .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 3025; timeout 2000");
        assertThat(MailChannel.withoutAddresses(null)).isNull();
    }
}
