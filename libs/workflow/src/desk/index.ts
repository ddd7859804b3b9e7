export * from './desk-stats/desk-stats.command';
export * from './desk-stats/desk-stats.usecase';
export * from './list-events/list-events.command';
export * from './list-events/list-events.usecase';
export * from './dto/desk-stats.dto';
export * from './dto/event.dto';
export * from './desk.module';
