package org.draftline.web;

import org.draftline.api.actor.Actor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

import java.lang.reflect.Constructor;

/**
 * The pages' controllers for a {@code @WebMvcTest}: the slice picks the controllers named and the pages' advice
 * (line breaks as recorded, repeated fields kept whole), nothing of the record behind them.
 */
@SpringBootConfiguration
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class PageSlice {

    /** The account signed in as the pages' form sign-in leaves it (its user details carry the actor). */
    public static Authentication signedIn(Actor actor) {
        try {
            Class<?> accountUser = Class.forName("org.draftline.platform.security.Accounts$AccountUser");
            Constructor<?> account = accountUser.getDeclaredConstructor(Actor.class, String.class);
            account.setAccessible(true);
            UserDetails user = (UserDetails) account.newInstance(actor, "{noop}unused");
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the sign-in's account type changed", e);
        }
    }
}
