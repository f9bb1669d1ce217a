package org.restauth.core.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.Grant;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;

/** Builds one users.getInfo row from a person and their grant to the calling app. */
final class UserRows {
    private final String profileUrlBase;

    /** @param profileUrlBase the people's pages ({@code profile_url} is it plus the uid), or empty for none */
    UserRows(String profileUrlBase) {
        this.profileUrlBase = profileUrlBase;
    }

    /** Fields outside {@code visible} take their no-value form. */
    ApiResult.Row row(Person person, Optional<Grant> grant, List<String> fields, Set<String> visible) {
        List<ApiResult.Field> row = new ArrayList<>(fields.size());
        for (String name : fields) {
            boolean shown = visible.contains(name) && UserFields.SERVED.contains(name);
            FieldValue value = shown ? served(name, person, grant) : UserFields.noValue(name);
            row.add(new ApiResult.Field(name, value));
        }
        return new ApiResult.Row(row);
    }

    private FieldValue served(String name, Person person, Optional<Grant> grant) {
        Profile profile = person.profile();
        return switch (name) {
            case UserFields.UID -> FieldValue.Numeric.of(person.uid());
            case "name" -> text(profile.name());
            case "first_name" -> text(profile.firstName());
            case "last_name" -> text(profile.lastName());
            case "pic_square", "pic", "pic_small", "pic_big" -> text(profile.pictureUrl());
            case "locale" -> text(profile.locale());
            case "timezone" -> profile.timezone().isEmpty()
                    ? FieldValue.NIL : new FieldValue.Numeric(new BigDecimal(profile.timezone()));
            case "sex" -> text(profile.sex());
            case "is_app_user", "has_added_app" -> new FieldValue.Bool(grant.isPresent());
            case "profile_url" -> text(profileUrlBase.isEmpty() ? "" : profileUrlBase + person.uid());
            case "username" -> text(profile.username());
            // only the address the person granted to this app
            case "email" -> text(grant.filter(g -> g.holds(ExtendedPermission.EMAIL)).isPresent() ? person.email() : "");
            default -> FieldValue.Text.EMPTY; // proxied_email: this server has no mail relay
        };
    }

    private static FieldValue text(String value) {
        return new FieldValue.Text(value);
    }
}
