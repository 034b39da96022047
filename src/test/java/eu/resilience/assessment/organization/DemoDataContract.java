package eu.resilience.assessment.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The demo start: organizations over several sectors and countries, a login for every role, hashed passwords. */
abstract class DemoDataContract {

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuthenticationProvider login;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void organizationsSpanSectorsAndCountries() {
        Set<Sector> sectors =
                organizations.findAll().stream().map(Organization::getSector).collect(Collectors.toSet());
        Set<String> countries =
                organizations.findAll().stream().map(Organization::getCountry).collect(Collectors.toSet());

        assertThat(organizations.count()).isGreaterThanOrEqualTo(12);
        assertThat(sectors).hasSizeGreaterThanOrEqualTo(4);
        assertThat(countries).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @Transactional
    void everyRoleHasADemoLoginWithAHashedPassword() {
        for (Role role : Role.values()) {
            assertThat(users.findAll())
                    .anySatisfy(user -> assertThat(user.getRole()).isEqualTo(role));
        }
        UserAccount respondent = users.findByUsername("respondent").orElseThrow();
        assertThat(respondent.getOrganization().getName()).isEqualTo("Nordgrid Energy");
        assertThat(respondent.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("resilience-demo", respondent.getPasswordHash()))
                .isTrue();
    }

    @Test
    void theLoginKnowsTheRole() {
        assertThat(login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lead", "resilience-demo"))
                        .getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_LEAD");
    }
}
