export {
  carriedBy,
  scheduleDesign,
  scheduleStream,
  scheduleStreams,
  type ScheduleOptions,
  type SkippedRun,
  type SkipReason,
  type StreamSchedule,
} from './stream-schedule';
export { goLives, type GoLive } from './go-lives';
export { itemDueDate } from './item-span';
export { itemsDueInBlockingWindows, type ItemsInWindow } from './blocked-items';
