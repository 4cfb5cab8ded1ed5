package io.onewindow.identity;

/** An account an administrator opens, for a registered person or (administrators only) for nobody. */
public record NewAccount(String username, String citizenId, String password, boolean administrator) {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
