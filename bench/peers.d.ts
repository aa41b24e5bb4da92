// moment-business-time ships no types: it adds methods to moment.
declare module 'moment-business-time' {
  import moment from 'moment';
  module 'moment' {
    interface Moment {
      addWorkingTime(amount: number, unit: string): Moment;
      workingDiff(other: Moment, unit: string, precise?: boolean): number;
    }
  }
  export default moment;
}
