package io.shapegen.runtime.auth;

import io.shapegen.runtime.SdkClientException;
import java.util.Optional;

/** Turns the three settings of a key pair into credentials, or says exactly which one is missing. */
final class KeyPairSettings {
    private KeyPairSettings() {
    }

    /**
     * @param id the access key id setting
     * @param secret the secret key setting
     * @param token the session token setting
     * @param where where the settings were read, for the message ("environment variables")
     * @param idName the name of the id setting
     * @param secretName the name of the secret setting
     * @return the credentials
     * @throws SdkClientException naming the missing setting (never a value)
     */
    static AwsCredentials read(Optional<String> id, Optional<String> secret, Optional<String> token,
            String where, String idName, String secretName) {
        if (id.isEmpty() && secret.isEmpty()) {
            throw new SdkClientException("No credentials in " + where + ": " + idName + " and " + secretName
                    + " are not set.");
        }
        if (id.isEmpty()) {
            throw new SdkClientException("Incomplete credentials in " + where + ": " + secretName + " is set but "
                    + idName + " is not; set both.");
        }
        if (secret.isEmpty()) {
            throw new SdkClientException("Incomplete credentials in " + where + ": " + idName + " is set but "
                    + secretName + " is not; set both.");
        }
        return new AwsCredentials(id.get(), secret.get(), token);
    }
}
