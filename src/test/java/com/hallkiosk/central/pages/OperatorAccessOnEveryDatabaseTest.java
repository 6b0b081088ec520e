package com.hallkiosk.central.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import java.time.Clock;
import java.util.Map;

/**
 * Operators' accounts and sessions on the central's own stores, SQLite and PostgreSQL: the lockout counts
 * every central process's attempts (it is in the database), and a cookie signed by one process is
 * good on another (the key is in the database).
 */
class OperatorAccessOnEveryDatabaseTest {
    @EachCentralDatabase
    void lockoutAndSessionsAreSharedByEveryCentralProcess(TestDatabase database) {
        try (CentralDatabase central = database.open()) {
            OperatorAccounts first = new OperatorAccounts(central.dataSource(), Clock.systemUTC());
            OperatorAccounts second = new OperatorAccounts(central.dataSource(), Clock.systemUTC());
            assertThat(first.addIfMissing("alice", "correct horse".toCharArray())).isTrue();
            assertThat(second.addIfMissing("alice", "another".toCharArray())).isFalse();
            assertThat(second.signIn("alice", "correct horse".toCharArray())).isEqualTo(OperatorAccounts.SignIn.SIGNED_IN);
            for (int attempt = 0; attempt < 5; attempt++) {
                OperatorAccounts process = attempt % 2 == 0 ? first : second;
                assertThat(process.signIn("alice", "wrong".toCharArray()))
                        .isEqualTo(OperatorAccounts.SignIn.WRONG_NAME_OR_PASSWORD);
            }
            assertThat(first.signIn("alice", "correct horse".toCharArray())).as("locked after five wrong, on either process")
                    .isEqualTo(OperatorAccounts.SignIn.LOCKED);

            String cookie = new OperatorSessions(central.dataSource(), Clock.systemUTC()).signInCookie("alice").split(";")[0];
            ApiRequest request = ApiRequest.of("GET", "/fleet", Map.of(), Map.of(), Map.of("Cookie", cookie), new byte[0],
                    null);
            assertThat(new OperatorSessions(central.dataSource(), Clock.systemUTC()).operatorOf(request)).hasValue("alice");
        }
    }
}
