/**
 * The loop: event handlers that write the loop's own tables (LotTable, MotorTable, SpecTable,
 * ChangeTable, ProposalTable), the drift and proposal policies that decide on those facts and send
 * commands, and the views the loop shows of them. It depends on contracts, the calculations and the
 * frameworks only, never on the command or query side (LoopArchitectureTest).
 * <p>
 * One package, not one per feature: drift and proposals read the same tables and run in one
 * ordered processing group (DeferredChecks runs both), so feature packages would have to make
 * every table public to each other. Public instead is only what other packages read: the charts
 * (ControlCharts, ControlChartView) that the http adapter serves and the workspace draws under a
 * revision, the transfer functions, the views the http adapter keeps of both (LoopViews), the read methods of the tables the http adapter answers from,
 * LoopMetrics' meter name, and the Spring wiring and properties. Everything that writes or decides
 * is package-private.
 */
package org.specloop.loop.policy;
