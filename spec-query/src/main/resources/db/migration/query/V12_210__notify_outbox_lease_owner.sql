-- The node holding a row's lease (specloop.node-id, as in cluster_node.node_id): a node restarted under the
-- same id gives back the leases its previous process died with, instead of leaving their streams waiting
-- for the lease to run out (DeliveryWorker; found by the approval-node-kill fault test).
ALTER TABLE notify_outbox ADD COLUMN lease_owner VARCHAR(255);
