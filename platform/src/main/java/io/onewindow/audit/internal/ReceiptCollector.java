package io.onewindow.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Notes, for the page that answers a request, the ids of the audited actions the request committed, so the
 * page can show their receipts; kept in the flash map as well for the page after a redirect. Called by
 * {@link AuditTrail} once a transaction has committed: only committed actions get a receipt.
 */
public final class ReceiptCollector {

    static final String ATTRIBUTE = ReceiptCollector.class.getName() + ".receipts";

    private ReceiptCollector() {
    }

    static void committed(Collection<UUID> ids) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (ids.isEmpty() || !(attributes instanceof ServletRequestAttributes servlet)) {
            return;
        }
        HttpServletRequest request = servlet.getRequest();
        List<UUID> receipts = receipts(request);
        receipts.addAll(ids);
        var flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null) {
            flash.put("receipts", List.copyOf(receipts));
        }
    }

    @SuppressWarnings("unchecked")
    public static List<UUID> receipts(HttpServletRequest request) {
        Object stored = request.getAttribute(ATTRIBUTE);
        if (stored instanceof List<?> list) {
            return (List<UUID>) list;
        }
        List<UUID> receipts = new ArrayList<>();
        request.setAttribute(ATTRIBUTE, receipts);
        return receipts;
    }
}
