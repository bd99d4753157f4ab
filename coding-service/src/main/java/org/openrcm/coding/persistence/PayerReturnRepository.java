package org.openrcm.coding.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.coding.queue.PayerReturn;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Rejections and denials of our encounters' claims. */
@ApplicationScoped
public class PayerReturnRepository implements PanacheRepositoryBase<PayerReturn, UUID> {
}
