/**
 * Identifiers every module uses, as plain Java values with no framework: {@link io.onewindow.kernel.code.CitizenId}
 * (GB 11643), {@link io.onewindow.kernel.code.UnifiedSocialCreditCode} (GB 32100) with its
 * {@link io.onewindow.kernel.code.OrganizationCode} (GB 11714), and the GB/T 2260 division codes they carry
 * ({@link io.onewindow.kernel.code.AddressCodes}). A refused code raises
 * {@link io.onewindow.kernel.code.InvalidCodeException} naming one {@link io.onewindow.kernel.code.CodeError}.
 */
package io.onewindow.kernel.code;
