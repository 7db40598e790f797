// Public API of the help layer: data (help lines, trusted adults, explainers), opening hours, help order.
export {
  HELPLINES,
  TRUSTED_ADULTS,
  TRUSTED_ADULTS_SOURCE,
  getHelpLine,
  installHelpLineTexts,
  trustedAdultsFor,
} from './helplines';
export {
  TIME_ZONE,
  WEEKDAY_NAMES,
  amsterdamClock,
  channelStatus,
  hoursText,
  isOpen,
  nextOpening,
  statusText,
  toMinutes,
} from './hours';
export type { ChannelStatus, Opening } from './hours';
export { EXPLAINERS, getExplainer, installExplainerTexts } from './explainers';
export type { Explainer, ExplainerId } from './explainers';
export { orderHelp } from './route';
export type {
  ChannelState,
  HelpInput,
  HelpReason,
  HelpSuggestion,
  LineSuggestion,
  TrustedAdultsSuggestion,
} from './route';
export { WEEKDAYS } from './types';
export type {
  Channel,
  ChannelKind,
  HelpLine,
  HelpLineId,
  HelpLineText,
  Hours,
  PhoneNumber,
  TimeSlot,
  Topic,
  TrustedAdult,
  TrustedAdultId,
  Weekday,
} from './types';
