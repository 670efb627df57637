export {
  scheduleStream,
  scheduleStreams,
  type ScheduleOptions,
  type SkippedRun,
  type SkipReason,
  type StreamSchedule,
} from './stream-schedule';
export { goLives, type GoLive } from './go-lives';
