/** The metric engine (rules.md R1–R13): pure functions of messages, settings and `now`. */
export * from './types';
export { computeStats } from './compute-stats';
export { MetricModel } from './model';
export { R9_MANUAL_AWAY_REVERT_MS, R9_AWAY_REQUESTS_EXCLUDED, awayInterval, awayTest } from './away';
export { WEEKDAYS, openingHoursTest, wallClockMinutes } from './opening-hours';
export {
  R1_SILENCE_MS, R2_ANSWER_LIMIT_MS, R3_AUTOMATED_BREAKS_SILENCE, R4_DONE_WITHOUT_REPLY_EXCLUDED,
  analyseThread, answeredBy, compareMessages, compareRequests, countsAt, pendingAt, repliedBy, type RequestRecord,
} from './requests';
export { R5_ANCHORED_ON_LATEST_REQUEST, R5_MINIMUM_REQUESTS, selectWindow, selectWindowOf, type RequestWindow } from './window';
export {
  R7_FASTEST_DENOMINATOR, R7_FASTEST_NUMERATOR, R8_RATE_TARGET_SCALE, fastestCount, figuresOf,
  rateReachesTarget, timeWithinTarget,
} from './figures';
export { FastestTimeSums } from './fastest-times';
export { R13_DIVIDER_SPAN_MS, badgeStatusOf, earliestAt, greatestResponseMs, latestAt, leastResponseMs, timeNotShown } from './bounded-times';
export { R10_MESSAGING_WINDOW_MS, replyDeadline } from './reply-window';
export { answerAllBy, answersNeeded, figuresAnsweringAt, missesAllowed } from './projections';
export { riskOf } from './risk';
export { agentFigures, type AgentFigures } from './agents';
export { agentNameOf, withAgentNames, type AgentNames } from './agent-names';
export { CONVERSATION_CLOSING_MS, conversationState, mostPressingState, targetMsOf, threadStateAt, waitStagesAt, type WaitStage } from './thread-states';
export { windowStats, type WindowStats } from './window-stats';
export { RequestIndex } from './request-index';
export { rangedAnswersOf, type RangedAnswers } from './ranged-answers';
export { latestRequestStanding, type RequestStanding } from './request-standing';
export { inTimeOrder } from './time-order';
export { byUrgency, mostUrgent } from './urgency';
export { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS } from './durations';
